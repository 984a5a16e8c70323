import { lazyPage } from '../../../boot/lazyPage'

// The rotation wizard is a chunk of its own: most visits never rotate a key. The keys panel loads
// it ahead with the other dialogs; the dialogs render it.
export const RotationWizard = lazyPage(
  async () => (await import('./RotationWizard')).RotationWizard,
)
