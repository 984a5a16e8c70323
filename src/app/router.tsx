import { createBrowserRouter, Navigate } from 'react-router'
import { Layout } from './Layout'
import { NotFoundPage } from './NotFoundPage'
import { RequireAdministrator, RequireSession } from './guards'
import { RouteErrorPage } from './RouteErrorPage'

/** Every page is its own lazily loaded chunk; the shell (layout, guards) stays in the entry. */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          path: '/login',
          lazy: async () => ({ Component: (await import('./routes/LoginRoute')).LoginRoute }),
        },
        {
          element: <RequireSession />,
          children: [
            {
              element: <Layout />,
              errorElement: <RouteErrorPage />,
              children: [
                { index: true, element: <Navigate to="/keys" replace /> },
                {
                  path: 'keys',
                  lazy: async () => ({
                    Component: (await import('./routes/MyKeysRoute')).MyKeysRoute,
                  }),
                },
                {
                  element: <RequireAdministrator />,
                  children: [
                    {
                      path: 'users',
                      lazy: async () => ({
                        Component: (await import('./routes/UsersRoute')).UsersRoute,
                      }),
                    },
                    {
                      path: 'users/:userId/keys',
                      lazy: async () => ({
                        Component: (await import('./routes/UserKeysRoute')).UserKeysRoute,
                      }),
                    },
                  ],
                },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ])
}
