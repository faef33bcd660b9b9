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
  'review.example_approve': "Approved a student's review as an example for other students",
  'review.example_withdraw': 'Withdrew an endorsed review (or its approval as an example)',
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
  'calibration.create': 'Opened a calibration round',
  'calibration.reveal': "Revealed a calibration round's scores",
  'calibration.agree': 'Recorded an agreed calibration score',
  'showcase.add': 'Presented something in the showcase',
  'showcase.approve': "Approved a student's essay for the showcase",
  'showcase.feature': 'Featured a showcase item',
  'showcase.unfeature': 'Stopped featuring a showcase item',
  'showcase.remove': 'Took an item off the showcase',
  // LTI 1.3 (server/src/integrations/lti)
  'lti.platform.register': 'Connected an LMS',
  'lti.platform.update': 'Changed an LMS connection',
  'lti.platform.remove': 'Disconnected an LMS',
  'lti.user.link': "Linked a person's LMS account on their first launch",
  'lti.student.create': 'Created a student account on their first launch from an LMS',
  'lms.roster_sync': "Synced a class's roster from the LMS",
  'lms.grades_send': "Sent an exchange's grades to the LMS",
  'roster.import': 'Imported a OneRoster roster (schools, classes, teachers, students, enrollments)',
  'sign_in_provider.enable': 'Let people sign in with Google or Microsoft',
  'sign_in_provider.disable': 'Stopped signing in with Google or Microsoft',
  'school.email_domains': "Changed a school's email domains",
  'class.sign_in_provider': 'Changed how a class signs in',
  'account.link_school_account': 'Linked a school Google or Microsoft account',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The label of an action; an action recorded by an older version shows as itself. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}
