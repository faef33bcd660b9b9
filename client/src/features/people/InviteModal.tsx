import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, NativeSelect, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import {
  COMMON_SUBJECTS,
  GRADE_LEVELS,
  INVITABLE_ROLES,
  LIMITS,
  ROLE_LABELS,
  type InvitableRole,
} from '@switchback/shared';
import { FormAlert } from '../../components/FormAlert';
import { type ApiError, submitWithApiErrors } from '../../lib/errors';
import { gradeLabel } from '../../lib/format';
import { useNetwork } from '../network/context';
import { InvitationLink } from './InvitationLink';
import { InviteMemberMutation } from './operations';

interface Made {
  email: string;
  link: string;
  emailed: boolean | null;
}

export function InviteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const [made, setMade] = useState<Made | null>(null);
  const close = () => {
    setMade(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Invite someone" fullScreen={fullScreen} size="lg">
      {opened &&
        (made ? (
          <Stack>
            <InvitationLink {...made} />
            <Group justify="flex-end">
              <Button onClick={close} data-autofocus>
                Done
              </Button>
            </Group>
          </Stack>
        ) : (
          <InviteForm onDone={close} onMade={setMade} />
        ))}
    </Modal>
  );
}

/**
 * The subject and grade lists open upwards and never flip down: below them is the Send button,
 * which must stay clickable while a list is open (a click outside the list closes it).
 */
const LIST_ABOVE = {
  withinPortal: true,
  position: 'top',
  middlewares: { flip: false, shift: true },
} as const;

const GRADE_OPTIONS = GRADE_LEVELS.map((g) => ({ value: g, label: gradeLabel(g) }));

function InviteForm({ onDone, onMade }: { onDone: () => void; onMade: (made: Made) => void }) {
  const { network, role: myRole, membership } = useNetwork();
  const isCoordinator = myRole === 'COORDINATOR';
  const roles: readonly InvitableRole[] = isCoordinator ? INVITABLE_ROLES : ['ADMINISTRATOR', 'TEACHER'];
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: ['Invitations'] });
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const form = useForm({
    name: 'invite',
    initialValues: {
      email: '',
      role: 'TEACHER' as InvitableRole,
      schoolId: isCoordinator ? '' : (membership.schoolId ?? ''),
      subjects: [] as string[],
      gradeLevels: [] as string[],
    },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an email address like name@school.org.'),
      schoolId: (v, values) => (values.role === 'COORDINATOR' || v ? null : 'Choose a school.'),
      subjects: (v) =>
        v.length > LIMITS.subjectsMax
          ? `Choose at most ${LIMITS.subjectsMax} subjects.`
          : v.some((s) => s.length > LIMITS.subjectMax)
            ? `Keep each subject under ${LIMITS.subjectMax} characters.`
            : null,
    },
  });
  const { role } = form.values;
  const needsSchool = role !== 'COORDINATOR';
  const schools = [...network.schools].sort((a, b) => a.name.localeCompare(b.name));

  const submit = submitWithApiErrors(form, setApiError, async (values) => {
    const email = values.email.trim();
    const res = await invite({
      variables: {
        input: {
          networkId: network.id,
          email,
          role: values.role,
          schoolId: values.role === 'COORDINATOR' ? null : values.schoolId || null,
          subjects: values.role === 'COORDINATOR' ? [] : values.subjects.map((s) => s.trim()).filter(Boolean),
          gradeLevels: values.role === 'COORDINATOR' ? [] : values.gradeLevels,
        },
      },
    });
    const made = res.data!.inviteMember;
    onMade({ email, link: made.link ?? '', emailed: made.emailed ?? false });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          You get a link that lets them join {network.name} (it works once, for 7 days). It is emailed to them when an
          email server is set up.
        </Text>
        <FormAlert error={apiError} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          maxLength={LIMITS.emailMax}
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <NativeSelect
          label="Role"
          required
          data={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          {...form.getInputProps('role')}
        />
        {needsSchool && (
          <NativeSelect
            label="School"
            required
            disabled={!isCoordinator}
            description={isCoordinator ? undefined : 'Principals invite people to their own school.'}
            data={[
              { value: '', label: 'Choose a school…', disabled: true },
              ...schools.map((s) => ({ value: s.id, label: s.name })),
            ]}
            {...form.getInputProps('schoolId')}
          />
        )}
        {needsSchool && (
          <>
            <TagsInput
              label="Subjects"
              description="Optional. Pick from the list or type a subject and press Enter."
              data={[...COMMON_SUBJECTS]}
              maxTags={LIMITS.subjectsMax}
              clearable
              acceptValueOnBlur
              comboboxProps={LIST_ABOVE}
              maxDropdownHeight={200}
              {...form.getInputProps('subjects')}
            />
            <MultiSelect
              label="Grade levels"
              description="Optional."
              data={GRADE_OPTIONS}
              clearable
              hidePickedOptions
              comboboxProps={LIST_ABOVE}
              maxDropdownHeight={200}
              {...form.getInputProps('gradeLevels')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
