import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Switch from '@mui/material/Switch'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import * as z from 'zod/mini'

z.config({ jitless: true })

const keyList = z.array(z.object({ id: z.string(), description: z.string(), active: z.boolean() }))

/** Stands in for an API call (the floor is also audited by Lighthouse, without a backend). */
async function fetchKeys() {
  await new Promise((resolve) => setTimeout(resolve, 10))
  return keyList.parse([
    { id: 'AKIAFLOOR0000000001', description: 'Website assets', active: true },
    { id: 'AKIAFLOOR0000000002', description: '', active: true },
  ])
}

/** One screen: a table of keys with a switch each, and a dialog with a text field. */
export function MyKeysRoute() {
  const keys = useQuery({ queryKey: ['keys'], queryFn: fetchKeys })
  const [open, setOpen] = useState(false)
  const [description, setDescription] = useState('')
  const [inactive, setInactive] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setInactive((ids) => {
      const next = new Set(ids)
      if (!next.delete(id)) next.add(id)
      return next
    })
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        Generate key
      </Button>
      <h1>Keys</h1>
      <Table aria-label="Keys">
        <TableHead>
          <TableRow>
            <TableCell>Key</TableCell>
            <TableCell>Description</TableCell>
            <TableCell>Active</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(keys.data ?? []).map((key) => (
            <TableRow key={key.id}>
              <TableCell>{key.id}</TableCell>
              <TableCell>{key.description}</TableCell>
              <TableCell>
                <Switch
                  checked={key.active && !inactive.has(key.id)}
                  onChange={() => toggle(key.id)}
                  slotProps={{ input: { 'aria-label': `Active: ${key.id}` } }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>Generate a key</DialogTitle>
        <DialogContent>
          <TextField
            label="Description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button onClick={() => setOpen(false)}>Generate</Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
