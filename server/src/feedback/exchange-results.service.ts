import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { describeAllocation, rubricMaxScore, type RubricCriterion } from '@switchback/shared';
import { User } from '../auth/user.entity.js';
import { Enrollment } from '../classes/enrollment.entity.js';
import { SchoolClass } from '../classes/school-class.entity.js';
import { CSV_CONTENT_TYPE, safeFilename, toCsv, type DownloadFile } from '../common/files.js';
import { groupBy } from '../common/loaders.js';
import type {
  CompletionRow,
  CriterionDistribution,
  ExchangeResults,
  ReviewerHelpfulness,
  ReviewFlagView,
  StudentResult,
} from './dto/review.types.js';
import { ExchangeAccessService, type ExchangeViewer } from './exchange-access.service.js';
import { ExchangeClass } from './exchange-class.entity.js';
import { PeerReview } from './peer-review.entity.js';
import { allocationState } from './review-allocation.service.js';
import { ReviewFlag } from './review-flag.entity.js';
import { receivedView } from './review-view.js';
import { Rubric } from './rubric.entity.js';
import { Submission } from './submission.entity.js';
import { StudentCalibrationService } from './student-calibration/student-calibration.service.js';

/** Everything about one exchange a teacher's results are made of, loaded in a fixed number of queries. */
export interface ResultsData {
  viewer: ExchangeViewer;
  criteria: RubricCriterion[];
  classes: SchoolClass[];
  enrollments: Enrollment[];
  submissions: Submission[];
  reviews: PeerReview[];
  flags: ReviewFlag[];
  /** The viewer's own students and every class teacher, by id. */
  people: Map<string, User>;
  /** Student id → their essay. */
  essayOf: Map<string, Submission>;
  /** Students of classes the viewer teaches. */
  mine: Set<string>;
  /** How the viewer may name a student: their own students by name, everyone else by pseudonym. */
  label(studentId: string): string;
}

/** A CSV cell of two decimals at most, empty for no value. */
const round = (x: number | null) => (x === null ? '' : Math.round(x * 100) / 100);
const current = (r: PeerReview) => r.status !== 'REASSIGNED' && r.hiddenAt === null;
const average = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * A teacher's results of an exchange: completion by class and school, score distribution per
 * criterion, helpfulness by reviewer, flags, and each of their own students' feedback. Names only of
 * the teacher's own students; everyone else is a pseudonym, and other schools' classes are named by
 * their teacher.
 */
@Injectable()
export class ExchangeResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exchanges: ExchangeAccessService,
    private readonly calibration: StudentCalibrationService,
  ) {}

  async results(userId: string, exchangeId: string): Promise<ExchangeResults> {
    const d = await this.load(userId, exchangeId);
    const exchange = d.viewer.exchange;
    const notes = exchange.reviewsAllocatedAt ? this.allocationNotes(d) : [];
    return {
      exchangeId,
      maxScore: rubricMaxScore(d.criteria),
      classes: this.classRows(d),
      schools: this.schoolRows(d),
      criteria: this.distribution(d),
      helpfulness: this.helpfulness(d),
      flags: this.flagViews(d),
      students: this.students(d),
      allocationNotes: notes,
      calibration: await this.calibration.results(d),
    };
  }

  /** Loads the exchange's rows for a teacher taking part; students are refused. */
  async load(userId: string, exchangeId: string): Promise<ResultsData> {
    const viewer = await this.exchanges.viewer(userId, exchangeId);
    this.exchanges.assert(viewer, 'teach', 'Only the teachers of the exchange see its results.');
    const rows = await this.db.getRepository(ExchangeClass).findBy({ exchangeId, status: 'JOINED' });
    const classIds = rows.flatMap((r) => r.classId ?? []);
    const [classes, enrollments, submissions, reviews, flags, rubric] = await Promise.all([
      classIds.length
        ? this.db.getRepository(SchoolClass).find({ where: { id: In(classIds) }, relations: { school: true } })
        : [],
      classIds.length ? this.db.getRepository(Enrollment).findBy({ classId: In(classIds) }) : [],
      this.db.getRepository(Submission).find({ where: { exchangeId }, order: { pseudonym: 'ASC' } }),
      this.db.getRepository(PeerReview).find({ where: { exchangeId }, order: { submittedAt: 'ASC', id: 'ASC' } }),
      this.db.getRepository(ReviewFlag).find({ where: { exchangeId }, order: { createdAt: 'DESC' } }),
      this.db.getRepository(Rubric).findOneByOrFail({ id: viewer.exchange.rubricId }),
    ]);
    const myClassIds = new Set(classes.filter((c) => c.teacherId === userId).map((c) => c.id));
    // The viewer's students: enrolled in a class they teach, or who wrote their essay in one (the rule
    // by which teachers resolve flags), so a student who left the class stays theirs here.
    const mine = new Set([
      ...enrollments.filter((e) => myClassIds.has(e.classId)).map((e) => e.studentId),
      ...submissions.filter((s) => myClassIds.has(s.classId)).map((s) => s.studentId),
    ]);
    const users = await this.db
      .getRepository(User)
      .findBy({ id: In([...mine, ...classes.map((c) => c.teacherId), viewer.exchange.ownerId]) });
    const people = new Map(users.map((u) => [u.id, u]));
    const essayOf = new Map(submissions.map((s) => [s.studentId, s]));
    const label = (studentId: string) =>
      mine.has(studentId)
        ? (people.get(studentId)?.displayName ?? 'Your student')
        : (essayOf.get(studentId)?.pseudonym ?? 'A student');
    return {
      viewer,
      criteria: rubric.criteria,
      classes,
      enrollments,
      submissions,
      reviews,
      flags,
      people,
      essayOf,
      mine,
      label,
    };
  }

  /** Flags the viewer may see and resolve: on reviews of, or by, their own students. */
  flagViews(d: ResultsData): ReviewFlagView[] {
    const essays = new Map(d.submissions.map((s) => [s.id, s]));
    const reviews = new Map(d.reviews.map((r) => [r.id, r]));
    return d.flags.flatMap((f) => {
      const review = reviews.get(f.reviewId);
      const essay = review && essays.get(review.submissionId);
      if (!review || !essay || !(d.mine.has(essay.studentId) || d.mine.has(review.reviewerId))) return [];
      return [
        {
          id: f.id,
          reviewId: review.id,
          reason: f.reason,
          status: f.status,
          resolution: f.resolution,
          createdAt: f.createdAt,
          authorLabel: d.label(essay.studentId),
          reviewerLabel: d.label(review.reviewerId),
          review: receivedView(d.criteria, review, d.label(review.reviewerId), f.status === 'OPEN'),
        },
      ];
    });
  }

  private classRows(d: ResultsData): CompletionRow[] {
    const myTeacher = d.viewer.userId;
    return d.classes
      .map((c) => {
        const sameSchool = c.schoolId === d.viewer.me.schoolId;
        const teacher = d.people.get(c.teacherId)?.displayName ?? 'A teacher';
        const students = d.enrollments.filter((e) => e.classId === c.id).map((e) => e.studentId);
        return {
          ...this.completion(d, students),
          label: sameSchool ? `${c.name} (${teacher})` : `${teacher}'s class`,
          isMine: c.teacherId === myTeacher,
        };
      })
      .sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.label.localeCompare(b.label));
  }

  private schoolRows(d: ResultsData): CompletionRow[] {
    const schoolIds = [...new Set(d.classes.map((c) => c.schoolId))];
    return schoolIds
      .map((schoolId) => {
        const classes = d.classes.filter((c) => c.schoolId === schoolId);
        const isMine = schoolId === d.viewer.me.schoolId;
        const teachers = [...new Set(classes.map((c) => d.people.get(c.teacherId)?.displayName ?? 'A teacher'))];
        const ids = new Set(classes.map((c) => c.id));
        const students = [...new Set(d.enrollments.filter((e) => ids.has(e.classId)).map((e) => e.studentId))];
        return {
          ...this.completion(d, students),
          label: isMine ? classes[0]!.school.name : `Partner school (${teachers.join(', ')})`,
          isMine,
        };
      })
      .sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.label.localeCompare(b.label));
  }

  private completion(d: ResultsData, students: string[]): Omit<CompletionRow, 'label' | 'isMine'> {
    const set = new Set(students);
    const essays = students.flatMap((id) => d.essayOf.get(id) ?? []).filter((s) => s.status === 'SUBMITTED');
    const due = d.viewer.exchange.submissionDueAt;
    const assigned = d.reviews.filter((r) => set.has(r.reviewerId) && r.status !== 'REASSIGNED');
    return {
      students: students.length,
      submitted: essays.length,
      late: essays.filter((s) => s.submittedAt !== null && s.submittedAt > due).length,
      reviewsAssigned: assigned.length,
      reviewsSubmitted: assigned.filter((r) => r.status === 'SUBMITTED').length,
    };
  }

  private distribution(d: ResultsData): CriterionDistribution[] {
    const done = d.reviews.filter((r) => current(r) && r.status === 'SUBMITTED');
    return d.criteria.map((c) => {
      const chosen = done.flatMap((r) => (r.levels[c.id] === undefined ? [] : [r.levels[c.id]!]));
      return {
        criterionId: c.id,
        title: c.title,
        levels: c.levels.map((l) => ({
          points: l.points,
          label: l.label,
          count: chosen.filter((p) => p === l.points).length,
        })),
        averagePoints: average(chosen),
      };
    });
  }

  private helpfulness(d: ResultsData): ReviewerHelpfulness[] {
    const submitted = groupBy(
      d.reviews.filter((r) => r.status === 'SUBMITTED'),
      (r) => r.reviewerId,
    );
    return [...submitted]
      .map(([id, theirs]) => {
        const ratings = theirs.flatMap((r) => (r.helpfulness === null ? [] : [r.helpfulness]));
        return {
          label: d.label(id),
          isMine: d.mine.has(id),
          reviewsSubmitted: theirs.length,
          ratings: ratings.length,
          averageHelpfulness: average(ratings),
        };
      })
      .sort((a, b) => Number(b.isMine) - Number(a.isMine) || a.label.localeCompare(b.label));
  }

  /** The viewer's own students, by name, with the reviews they received and wrote. */
  students(d: ResultsData): StudentResult[] {
    const due = d.viewer.exchange.submissionDueAt;
    const openFlags = new Set(d.flags.filter((f) => f.status === 'OPEN').map((f) => f.reviewId));
    const receivedBy = groupBy(
      d.reviews.filter((r) => r.status === 'SUBMITTED'),
      (r) => r.submissionId,
    );
    const writtenBy = groupBy(
      d.reviews.filter((r) => r.status !== 'REASSIGNED'),
      (r) => r.reviewerId,
    );
    return [...d.mine]
      .map((studentId) => {
        const essay = d.essayOf.get(studentId);
        const received = essay ? (receivedBy.get(essay.id) ?? []) : [];
        const written = writtenBy.get(studentId) ?? [];
        const user = d.people.get(studentId);
        return {
          student: { id: studentId, displayName: user?.displayName ?? 'Your student' },
          pseudonym: essay?.pseudonym ?? null,
          submissionId: essay?.id ?? null,
          status: essay?.status ?? 'NOT_STARTED',
          submittedAt: essay?.submittedAt ?? null,
          late: !!essay?.submittedAt && essay.status === 'SUBMITTED' && essay.submittedAt > due,
          averageScore: average(received.filter((r) => !r.hiddenAt && r.score !== null).map((r) => r.score!)),
          reviewsAssigned: written.length,
          reviewsSubmitted: written.filter((r) => r.status === 'SUBMITTED').length,
          received: received.map((r) => receivedView(d.criteria, r, d.label(r.reviewerId), openFlags.has(r.id))),
        };
      })
      .sort((a, b) => a.student.displayName.localeCompare(b.student.displayName));
  }

  /**
   * The gradebook CSV: one row per own student, with their essay's scores per criterion (average of
   * the visible reviews) and their reviewing. Cells that a spreadsheet would run as a formula are defused.
   */
  async csv(userId: string, exchangeId: string): Promise<DownloadFile> {
    const d = await this.load(userId, exchangeId);
    const visible = (r: PeerReview) => r.status === 'SUBMITTED' && !r.hiddenAt;
    const header = [
      'Student',
      'Username',
      'Pseudonym',
      'Class',
      'Essay',
      'Submitted at',
      'Late',
      'Reviews received',
      'Average score',
      'Max score',
      ...d.criteria.map((c) => `${c.title} (average points)`),
      'Reviews assigned',
      'Reviews written',
      'Average helpfulness of their reviews',
    ];
    const classOf = new Map(d.enrollments.filter((e) => d.mine.has(e.studentId)).map((e) => [e.studentId, e.classId]));
    const rows = this.students(d).map((s) => {
      const essay = d.essayOf.get(s.student.id);
      const received = essay ? d.reviews.filter((r) => r.submissionId === essay.id && visible(r)) : [];
      const written = d.reviews.filter((r) => r.reviewerId === s.student.id && r.status === 'SUBMITTED');
      const ratings = written.flatMap((r) => (r.helpfulness === null ? [] : [r.helpfulness]));
      return [
        s.student.displayName,
        d.people.get(s.student.id)?.username ?? '',
        s.pseudonym ?? '',
        d.classes.find((c) => c.id === classOf.get(s.student.id))?.name ?? '',
        s.status,
        s.submittedAt?.toISOString() ?? '',
        s.late ? 'yes' : 'no',
        received.length,
        round(s.averageScore),
        rubricMaxScore(d.criteria),
        ...d.criteria.map((c) => round(average(received.flatMap((r) => r.levels[c.id] ?? [])))),
        s.reviewsAssigned,
        s.reviewsSubmitted,
        round(average(ratings)),
      ];
    });
    return {
      filename: safeFilename(d.viewer.exchange.title, 'csv', { fallback: 'exchange', suffix: '-results' }),
      contentType: CSV_CONTENT_TYPE,
      body: toCsv([header, ...rows]),
    };
  }

  private allocationNotes(d: ResultsData): string[] {
    const allocation = describeAllocation(allocationState(d.viewer.exchange, d.submissions, d.reviews));
    const essays = new Map(d.submissions.map((s) => [s.id, s]));
    const who = (submissionId: string) => {
      const essay = essays.get(submissionId);
      return essay ? d.label(essay.studentId) : 'An essay';
    };
    return [
      ...allocation.fallbacks.map((f) => `${who(f.submissionId)}: ${f.message}`),
      ...allocation.shortfalls.map((s) => `${who(s.submissionId)}: ${s.message}`),
    ];
  }
}
