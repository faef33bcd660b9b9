import { useState } from 'react';
import { Select, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import type { DebriefStep } from '../../../gql/graphql';
import { DebriefForm } from './DebriefForm';
import { AddDebriefEntryMutation } from './operations';

export interface LookForOption {
  id: string;
  text: string;
}

/** One of the viewer's own observation notes, which they may pull into their evidence. */
export interface OwnNote {
  id: string;
  text: string;
  lookForId: string | null;
}

interface Props {
  lessonStudyId: string;
  step: DebriefStep;
  label: string;
  lookFors: LookForOption[];
  ownNotes?: OwnNote[];
  onSaved: () => void;
}

/** Writing in the debrief's current step; evidence is tagged with a look-for point and may start from one's own note. */
export function EntryForm({ lessonStudyId, step, label, lookFors, ownNotes = [], onSaved }: Props) {
  const [body, setBody] = useState('');
  const [lookForId, setLookForId] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddDebriefEntryMutation);
  const evidence = step === 'EVIDENCE';

  const save = async () => {
    await add({ variables: { input: { lessonStudyId, step, body, lookForId: evidence ? lookForId : null } } });
    setBody('');
    onSaved();
  };

  return (
    <DebriefForm action={save} loading={loading} submitLabel="Add to the debrief">
      {(error) => (
        <>
          {evidence && (
            <Select
              label="Look-for point"
              placeholder="Which point is this evidence about?"
              data={lookFors.map((l) => ({ value: l.id, label: l.text }))}
              value={lookForId}
              onChange={setLookForId}
              error={error?.fieldErrors.lookForId}
              required
            />
          )}
          {evidence && ownNotes.length > 0 && (
            <Select
              label="Start from one of your notes"
              placeholder="Your notes"
              data={ownNotes.map((n) => ({ value: n.id, label: n.text.slice(0, 80) }))}
              value={null}
              onChange={(id) => {
                const note = ownNotes.find((n) => n.id === id);
                if (!note) return;
                setBody((b) => (b ? `${b}\n${note.text}` : note.text));
                if (note.lookForId && !lookForId) setLookForId(note.lookForId);
              }}
            />
          )}
          <Textarea
            label={label}
            autosize
            minRows={3}
            maxRows={10}
            value={body}
            error={error?.fieldErrors.body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
        </>
      )}
    </DebriefForm>
  );
}
