import { Button, Card, Fieldset, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { RUBRIC_LIMITS } from '@switchback/shared';
import { newCriterion, newLevel, type RubricForm } from './rubric-form';

/** Moves keyboard focus to an element once React has re-rendered the list. */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

function ErrorText({ error }: { error: unknown }) {
  if (typeof error !== 'string' || !error) return null;
  return (
    <Text c="red" size="sm" role="alert">
      {error}
    </Text>
  );
}

/** The rubric's criteria: add, remove and reorder them (with buttons), and edit each one's levels. */
export function CriteriaFields({ form }: { form: RubricForm }) {
  const criteria = form.getValues().criteria;
  const move = (from: number, to: number) => {
    form.reorderListItem('criteria', { from, to });
    // Keep focus on the moved criterion's button, or on its other one once it reaches an end.
    const atEnd = to === 0 || to === criteria.length - 1;
    const keep = to < from ? 'up' : 'down';
    const other = keep === 'up' ? 'down' : 'up';
    focusLater(`criterion-${criteria[from]!.key}-${atEnd ? other : keep}`);
  };
  const add = () => {
    const criterion = newCriterion();
    form.insertListItem('criteria', criterion);
    focusLater(`criterion-${criterion.key}-title`);
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="criteria-heading">
      <Text component="h2" fw={700} size="lg" id="criteria-heading" m={0}>
        Criteria
      </Text>
      <ErrorText error={form.errors.criteria} />
      {criteria.map((c, i) => (
        <Card key={c.key} withBorder padding="md" component="fieldset" aria-label={`Criterion ${i + 1}`}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Text fw={600}>Criterion {i + 1}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  id={`criterion-${c.key}-up`}
                  disabled={i === 0}
                  aria-label={`Move criterion ${i + 1} up`}
                  onClick={() => move(i, i - 1)}
                >
                  Up
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  id={`criterion-${c.key}-down`}
                  disabled={i === criteria.length - 1}
                  aria-label={`Move criterion ${i + 1} down`}
                  onClick={() => move(i, i + 1)}
                >
                  Down
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={`Remove criterion ${i + 1}`}
                  onClick={() => {
                    form.removeListItem('criteria', i);
                    focusLater('add-criterion');
                  }}
                >
                  Remove
                </Button>
              </Group>
            </Group>
            <Group align="flex-start" grow>
              <TextInput
                id={`criterion-${c.key}-title`}
                label="Title"
                required
                maxLength={RUBRIC_LIMITS.criterionTitleMax}
                {...form.getInputProps(`criteria.${i}.title`)}
              />
              <NumberInput
                label="Weight"
                description={`${RUBRIC_LIMITS.weightMin} to ${RUBRIC_LIMITS.weightMax}: how much it counts`}
                min={RUBRIC_LIMITS.weightMin}
                max={RUBRIC_LIMITS.weightMax}
                allowDecimal={false}
                maw={180}
                {...form.getInputProps(`criteria.${i}.weight`)}
              />
            </Group>
            <Textarea
              label="Description"
              autosize
              minRows={1}
              maxLength={RUBRIC_LIMITS.criterionDescriptionMax}
              {...form.getInputProps(`criteria.${i}.description`)}
            />
            <LevelsFields form={form} index={i} />
          </Stack>
        </Card>
      ))}
      <Group>
        <Button
          id="add-criterion"
          variant="default"
          onClick={add}
          disabled={criteria.length >= RUBRIC_LIMITS.criteriaMax}
        >
          Add criterion
        </Button>
      </Group>
    </Stack>
  );
}

function LevelsFields({ form, index }: { form: RubricForm; index: number }) {
  const criterion = form.getValues().criteria[index]!;
  const levels = criterion.levels;
  const path = `criteria.${index}.levels`;
  const add = () => {
    const top = Math.max(0, ...levels.map((l) => Number(l.points) || 0));
    const level = newLevel(top + 1);
    form.insertListItem(path, level);
    focusLater(`level-${level.key}-label`);
  };
  return (
    <Fieldset legend={`Levels of criterion ${index + 1}`} variant="unstyled">
      <Stack gap="xs">
        <ErrorText error={form.errors[path]} />
        {levels.map((l, j) => (
          <Group key={l.key} align="flex-start" wrap="wrap" gap="xs">
            <NumberInput
              label="Points"
              min={RUBRIC_LIMITS.pointsMin}
              max={RUBRIC_LIMITS.pointsMax}
              allowDecimal={false}
              w={110}
              {...form.getInputProps(`${path}.${j}.points`)}
            />
            <TextInput
              id={`level-${l.key}-label`}
              label="Label"
              maxLength={RUBRIC_LIMITS.labelMax}
              w={160}
              {...form.getInputProps(`${path}.${j}.label`)}
            />
            <Textarea
              label="What work at this level looks like"
              autosize
              minRows={1}
              maxLength={RUBRIC_LIMITS.descriptorMax}
              style={{ flex: 1, minWidth: 220 }}
              {...form.getInputProps(`${path}.${j}.descriptor`)}
            />
            <Button
              mt={24}
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Remove level ${j + 1} of criterion ${index + 1}`}
              onClick={() => form.removeListItem(path, j)}
            >
              Remove
            </Button>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={add} disabled={levels.length >= RUBRIC_LIMITS.levelsMax}>
            Add level
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
