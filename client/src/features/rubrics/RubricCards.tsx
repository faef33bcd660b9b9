import { Badge, Stack, Text } from '@mantine/core';
import { rubricMaxScore, type RubricCriterionInput } from '@switchback/shared';
import { plural } from '../../lib/format';
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
  const max = rubricMaxScore(criteria.map((c) => ({ weight: Number(c.weight) || 0, levels: c.levels })));
  return (
    <Stack gap="md" data-testid="rubric-cards">
      {criteria.map((c, i) => (
        <Stack gap="xs" key={i} component="section" aria-label={c.title.trim() || `Criterion ${i + 1}`}>
          <div>
            <Text fw={600} component="h3" m={0} size="md" className="break-word">
              {c.title.trim() || `Criterion ${i + 1}`}
              {Number(c.weight) > 1 && (
                <Badge variant="light" ml="xs" style={{ verticalAlign: 'middle' }}>
                  Counts ×{c.weight}
                </Badge>
              )}
            </Text>
            {c.description?.trim() && (
              <Text size="sm" className="break-word">
                {c.description}
              </Text>
            )}
          </div>
          <ul className="rubric-levels">
            {c.levels.map((level, j) => (
              <li key={j} className="rubric-level" data-testid="rubric-level">
                <Text fw={600} size="sm" className="break-word">
                  {level.label.trim() || `Level ${j + 1}`} · {plural(Number(level.points) || 0, 'point')}
                </Text>
                <Text size="sm" className="break-word">
                  {level.descriptor}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ))}
      <Text size="sm" c="dimmed" data-testid="rubric-footnote" className="break-word">
        Scores are weighted: the most a piece of work can earn is {plural(max, 'point')}.
      </Text>
    </Stack>
  );
}
