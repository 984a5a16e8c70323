import Typography from '@mui/material/Typography'
import { useParams } from 'react-router'

// Filled by the Users & groups feature: the user's header and the shared keys panel.
export function UserKeysRoute() {
  const { userId = '' } = useParams()
  return <Typography variant="h1">Object Storage Keys · {userId}</Typography>
}
