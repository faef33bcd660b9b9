/** Grade levels as stored: K and 1..12. */
export const GRADE_LEVELS = ['K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
export type GradeLevel = (typeof GRADE_LEVELS)[number];

/** Subjects offered in pickers; teachers may also type their own. */
export const COMMON_SUBJECTS = [
  'English Language Arts',
  'Mathematics',
  'Science',
  'Social Studies',
  'World Languages',
  'Art',
  'Music',
  'Physical Education',
  'Career and Technical Education',
  'Special Education',
] as const;
