import { useState } from 'react';
import { Button, Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LESSON_PLAN_SECTIONS } from '@switchback/shared';
import { FormAlert } from '../../../components/FormAlert';
import { toApiError, type ApiError } from '../../../lib/errors';
import { ProposePlanRevisionMutation } from './operations';

/** Proposing a change to one section of the plan, in the debrief's last step. */
export function RevisionForm({ lessonStudyId, onSaved }: { lessonStudyId: string; onSaved: () => void }) {
  const [sectionId, setSectionId] = useState<string | null>('flow');
  const [text, setText] = useState('');
  const [replacesSection, setReplaces] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [propose, { loading }] = useMutation(ProposePlanRevisionMutation);

  const submit = async () => {
    setError(null);
    try {
      await propose({ variables: { input: { lessonStudyId, sectionId: sectionId ?? '', text, replacesSection } } });
      setText('');
      onSaved();
    } catch (err) {
      setError(toApiError(err));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <FormAlert error={error} />
        <Select
          label="Plan section"
          data={LESSON_PLAN_SECTIONS.map((s) => ({ value: s.id, label: s.title }))}
          value={sectionId}
          onChange={setSectionId}
          error={error?.fieldErrors.sectionId}
          allowDeselect={false}
        />
        <Textarea
          label="The revised text"
          description="One paragraph per line."
          autosize
          minRows={3}
          value={text}
          error={error?.fieldErrors.text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Checkbox
          label="Replace the whole section (otherwise the text is added at its end)"
          checked={replacesSection}
          onChange={(e) => setReplaces(e.currentTarget.checked)}
        />
        <Button type="submit" loading={loading} mih={44} style={{ alignSelf: 'flex-start' }}>
          Propose the revision
        </Button>
      </Stack>
    </form>
  );
}
