import { Fragment } from 'react'

/**
 * An email address that a narrow column breaks only after its "@" and before its dots
 * ("carol@" / "example" / ".com"), never inside a word; a part longer than the column still
 * wraps (`overflowWrap`), but the column is not sized as if every letter could start a line.
 */
export function Email({ address }: { address: string }) {
  const parts = address.split(/(?<=@)|(?=\.)/)
  return (
    <span style={{ overflowWrap: 'break-word' }}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  )
}
