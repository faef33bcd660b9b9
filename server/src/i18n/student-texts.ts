import { isAppLocale, type AppLocale } from '@switchback/shared';

/**
 * The few sentences the server writes for students itself (their to-do on the home page), in English
 * and Spanish; the app's own text is in the client's catalogs (docs/i18n.md). Titles of exchanges
 * are user content and are passed in, never translated. Spanish: tú, Latin American, plain.
 */
export interface StudentTexts {
  today: string;
  tomorrow: string;
  due: string;
  resubmitBy: string;
  lateWelcomeUntil: string;
  writeEssay: (title: string) => string;
  finishEssay: (title: string) => string;
  writeEssayAction: string;
  finishEssayAction: string;
  lateEssayDetail: string;
  resubmitEssay: (title: string) => string;
  resubmitDetail: string;
  openEssayAction: string;
  rateFeedback: (title: string) => string;
  rateFeedbackDetail: (count: number) => string;
  rateFeedbackAction: string;
  practise: (title: string) => string;
  practiseDetail: (done: number, total: number) => string;
  practiseAction: string;
  review: (pseudonym: string, title: string) => string;
  reviewStartedDetail: string;
  startReviewAction: string;
  finishReviewAction: string;
}

const en: StudentTexts = {
  today: 'today',
  tomorrow: 'tomorrow',
  due: 'Due',
  resubmitBy: 'Resubmit by',
  lateWelcomeUntil: 'Late essays are still welcome until',
  writeEssay: (t) => `Write your essay for ${t}`,
  finishEssay: (t) => `Finish and submit your essay for ${t}`,
  writeEssayAction: 'Write your essay',
  finishEssayAction: 'Finish your essay',
  lateEssayDetail: 'The first deadline has passed, and that is all right: your essay still gets reviewers.',
  resubmitEssay: (t) => `Resubmit your changed essay for ${t}`,
  resubmitDetail: 'Your reviewers get the version you last submitted.',
  openEssayAction: 'Open your essay',
  rateFeedback: (t) => `Read the feedback on your essay for ${t}`,
  rateFeedbackDetail: (n) =>
    n === 1
      ? 'One review is waiting for you to say how helpful it was.'
      : `${n} reviews are waiting for you to say how helpful they were.`,
  rateFeedbackAction: 'Read and rate your feedback',
  practise: (t) => `Score the example essays for ${t}`,
  practiseDetail: (done, total) =>
    `${done} of ${total} done. They show what each level looks like; your reviews open after them.`,
  practiseAction: 'Score the examples',
  review: (p, t) => `Review ${p}’s essay for ${t}`,
  reviewStartedDetail: 'You have started this review: your draft is saved.',
  startReviewAction: 'Start the review',
  finishReviewAction: 'Finish the review',
};

const es: StudentTexts = {
  today: 'hoy',
  tomorrow: 'mañana',
  due: 'Entrega:',
  resubmitBy: 'Vuelve a entregarlo antes de:',
  lateEssayDetail: 'La primera fecha ya pasó, y no pasa nada: tu texto igual recibe revisiones.',
  lateWelcomeUntil: 'Todavía puedes entregarlo hasta:',
  writeEssay: (t) => `Escribe tu texto para ${t}`,
  finishEssay: (t) => `Termina y entrega tu texto para ${t}`,
  writeEssayAction: 'Escribir mi texto',
  finishEssayAction: 'Terminar mi texto',
  resubmitEssay: (t) => `Vuelve a entregar tu texto con los cambios para ${t}`,
  resubmitDetail: 'Quienes te revisan ven la última versión que entregaste.',
  openEssayAction: 'Abrir mi texto',
  rateFeedback: (t) => `Lee los comentarios sobre tu texto para ${t}`,
  rateFeedbackDetail: (n) =>
    n === 1
      ? 'Hay una revisión esperando a que digas qué tan útil te fue.'
      : `Hay ${n} revisiones esperando a que digas qué tan útiles te fueron.`,
  rateFeedbackAction: 'Leer y calificar los comentarios',
  practise: (t) => `Califica los textos de ejemplo para ${t}`,
  practiseDetail: (done, total) =>
    `Llevas ${done} de ${total}. Te muestran cómo se ve cada nivel; tus revisiones se abren después.`,
  practiseAction: 'Calificar los ejemplos',
  review: (p, t) => `Revisa el texto de ${p} para ${t}`,
  reviewStartedDetail: 'Ya empezaste esta revisión: tu borrador está guardado.',
  startReviewAction: 'Empezar la revisión',
  finishReviewAction: 'Terminar la revisión',
};

const TEXTS: Record<AppLocale, StudentTexts> = { en, es };

/** The sentences in a person's language (`users.locale`); English for anything unknown. */
export function studentTexts(locale: string | null | undefined): StudentTexts {
  return TEXTS[isAppLocale(locale) ? locale : 'en'];
}

/** The locale Intl formats a person's dates with: US English or US Spanish (as the client does). */
export function intlLocale(locale: string | null | undefined): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}
