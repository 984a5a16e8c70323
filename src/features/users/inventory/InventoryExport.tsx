import Button from '@mui/material/Button'
import DownloadOutlined from '@mui/icons-material/DownloadOutlined'
import { Suspense, useState } from 'react'
import { lazyPage, usePreloadWhenIdle } from '../../../boot/lazyPage'
import { useMessages } from '../../../lib/i18n'
import { inventoryMessages } from './messages'

// The scan and its dialog are a chunk of their own, loaded once the page is idle.
const InventoryDialog = lazyPage(async () => (await import('./InventoryDialog')).InventoryDialog)

/** "Export key inventory" on the users page (owners and administrators only reach it). */
export function InventoryExport() {
  const t = useMessages(inventoryMessages)
  const [open, setOpen] = useState(false)
  usePreloadWhenIdle(InventoryDialog)
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<DownloadOutlined />}
        onClick={() => setOpen(true)}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('exportButton')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <InventoryDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
