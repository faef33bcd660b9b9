import { useState } from 'react';
import { Checkbox, Select, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LESSON_PLAN_SECTIONS } from '@switchback/shared';
import { DebriefForm } from './DebriefForm';
import { ProposePlanRevisionMutation } from './operations';

/** Proposing a change to one section of the plan, in the debrief's last step. */
export function RevisionForm({ lessonStudyId, onSaved }: { lessonStudyId: string; onSaved: () => void }) {
  const [sectionId, setSectionId] = useState<string | null>('flow');
  const [text, setText] = useState('');
  const [replacesSection, setReplaces] = useState(false);
  const [propose, { loading }] = useMutation(ProposePlanRevisionMutation);

  const save = async () => {
    await propose({ variables: { input: { lessonStudyId, sectionId: sectionId ?? '', text, replacesSection } } });
    setText('');
    onSaved();
  };

  return (
    <DebriefForm action={save} loading={loading} submitLabel="Propose the revision">
      {(error) => (
        <>
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
        </>
      )}
    </DebriefForm>
  );
}
