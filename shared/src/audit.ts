/**
 * The sensitive actions the audit log records, with what the coordinator reads for each. Events
 * name people by id only (never a student's name), so the log itself holds no student's personal data.
 */
export const AUDIT_ACTION_LABELS = {
  'member.role': "Changed a member's role",
  'member.deactivate': 'Deactivated a member',
  'member.reactivate': 'Reactivated a member',
  'invitation.create': 'Invited someone',
  'invitation.accept': 'Accepted an invitation',
  'school.create': 'Added a school',
  'school.update': 'Changed a school',
  'unit.publish': 'Published a unit',
  'unit.publishChanges': 'Published changes to a unit',
  'unit.archive': 'Archived a unit',
  'student.password_reset': "Reset a student's password",
  'student.remove': 'Removed a student from a class',
  'student.export': "Exported a student's data",
  'student.delete': "Deleted a student's data",
  'review.flag_resolve': 'Resolved a flagged review',
  'post.hide': 'Hid a post in a group',
  'network.group_start': 'Changed whether teachers may start groups directly',
  'media.upload': 'Uploaded a lesson recording',
  'media.view': 'Watched a lesson recording',
  'media.delete': 'Deleted a lesson recording',
  'media.retention_warning': 'Warned that a lesson recording will be deleted',
  'lessonStudy.advance': 'Moved a lesson study to its next phase',
  'lessonStudy.close': 'Closed a lesson study (its recordings are deleted after the retention time)',
  'lessonStudy.invite_guest': 'Invited a knowledgeable other from outside the network to a lesson study',
  'lessonStudy.share': "Shared a lesson study's record in the library",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The label of an action; an action recorded by an older version shows as itself. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
