import Box from '@mui/material/Box'
import ButtonBase from '@mui/material/ButtonBase'
import Typography from '@mui/material/Typography'
import { useTheme } from '@mui/material/styles'
import { memo, useId } from 'react'
import { useMessages } from '../../../lib/i18n'
import type { AgeBandId, ageHistogram } from './filters'
import { allKeysMessages } from './messages'

/**
 * Keys by age, active and inactive stacked, one bar per band. Plain SVG: the well-kept chart
 * libraries for React (Recharts, MUI X Charts) weigh over 80 KB gzip for one bar chart, the
 * budget of a lazy chunk, for five rectangles. Each bar is a button (its name is the text
 * equivalent: band, active and inactive counts) that filters the table to its keys.
 */
export const AgeChart = memo(function AgeChart(props: {
  bars: ReturnType<typeof ageHistogram>
  chosen: AgeBandId | null
  onChoose: (band: AgeBandId | null) => void
}) {
  const t = useMessages(allKeysMessages)
  const theme = useTheme()
  const headingId = useId()
  const largest = Math.max(1, ...props.bars.map((bar) => bar.active + bar.inactive))
  const activeColor = theme.palette.primary.main
  const inactiveColor = theme.palette.text.disabled
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h2" variant="h6">
        {t('chartTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('chartHint')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, my: 1 }} aria-hidden="true">
        <Legend color={activeColor} label={t('legendActive')} />
        <Legend color={inactiveColor} label={t('legendInactive')} />
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
        {props.bars.map(({ band, active, inactive }) => {
          const label =
            band.id === 'over-365' ? t('bandOver') : t('band', { band: band.id.replace('-', '–') })
          const chosen = props.chosen === band.id
          const width = (value: number) => (value / largest) * 100
          return (
            <li key={band.id}>
              <ButtonBase
                onClick={() => props.onChoose(chosen ? null : band.id)}
                aria-pressed={chosen}
                sx={{
                  width: '100%',
                  display: 'grid',
                  gridTemplateColumns: { xs: '1fr', sm: '9rem 1fr 12rem' },
                  gap: 1,
                  alignItems: 'center',
                  textAlign: 'left',
                  p: 0.5,
                  borderRadius: 1,
                  border: 2,
                  borderColor: chosen ? 'primary.main' : 'transparent',
                  '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main' },
                }}
              >
                <span>{label}</span>
                <svg width="100%" height="20" aria-hidden="true" focusable="false">
                  <rect x="0" y="2" height="16" width={`${width(active)}%`} fill={activeColor} />
                  <rect
                    x={`${width(active)}%`}
                    y="2"
                    height="16"
                    width={`${width(inactive)}%`}
                    fill={inactiveColor}
                  />
                </svg>
                <Typography component="span" variant="body2">
                  {t('bandLine', { active, inactive })}
                </Typography>
              </ButtonBase>
            </li>
          )
        })}
      </Box>
    </Box>
  )
})

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <svg width="12" height="12">
        <rect width="12" height="12" fill={color} />
      </svg>
      <Typography variant="body2">{label}</Typography>
    </Box>
  )
}
