import { useId } from 'react';
import { Badge, Stack, Text } from '@mantine/core';
import { rubricMaxScore, type RubricCriterionInput } from '@switchback/shared';
import { useT } from '../../lib/i18n';
import './rubric-cards.css';

interface RubricCardsProps {
  criteria: readonly Pick<RubricCriterionInput, 'title' | 'description' | 'weight' | 'levels'>[];
}

/**
 * A rubric to read while reviewing: each criterion with its levels as boxes that wrap onto as many
 * rows as the width needs (side by side on a desk, one under another on a phone), so no level and
 * no word of the note under it is ever cut off or scrolled out of sight.
 */
export function RubricCards({ criteria }: RubricCardsProps) {
  const t = useT('rubrics');
  // Each criterion's section is named by its title (people's words are not put in attributes).
  const id = useId();
  const max = rubricMaxScore(criteria.map((c) => ({ weight: Number(c.weight) || 0, levels: c.levels })));
  return (
    <Stack gap="md" data-testid="rubric-cards">
      {criteria.map((c, i) => (
        <Stack gap="xs" key={i} component="section" aria-labelledby={`${id}-criterion-${i}`}>
          <div>
            <Text fw={600} component="h3" m={0} size="md" className="break-word">
              {c.title.trim() ? (
                <span id={`${id}-criterion-${i}`} translate="no">
                  {c.title.trim()}
                </span>
              ) : (
                <span id={`${id}-criterion-${i}`}>{t('cards.criterion', { n: i + 1 })}</span>
              )}
              {Number(c.weight) > 1 && (
                <Badge variant="light" ml="xs" style={{ verticalAlign: 'middle' }}>
                  {t('cards.countsTimes', { weight: Number(c.weight) })}
                </Badge>
              )}
            </Text>
            {c.description?.trim() && (
              <Text size="sm" className="break-word" translate="no">
                {c.description}
              </Text>
            )}
          </div>
          <ul className="rubric-levels">
            {c.levels.map((level, j) => (
              <li key={j} className="rubric-level" data-testid="rubric-level">
                <Text fw={600} size="sm" className="break-word">
                  {t('cards.level', {
                    label: level.label.trim() || t('cards.levelN', { n: j + 1 }),
                    points: Number(level.points) || 0,
                  })}
                </Text>
                <Text size="sm" className="break-word" translate="no">
                  {level.descriptor}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ))}
      <Text size="sm" c="dimmed" data-testid="rubric-footnote" className="break-word">
        {t('cards.footnote', { max })}
      </Text>
    </Stack>
  );
}
