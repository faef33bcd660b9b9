import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  registerDecorator,
  type ValidationOptions,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { LIMITS, USERNAME_PATTERN, hasInvisibleControls, isValidTimeZone } from '@switchback/shared';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const trimLower = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** A required, trimmed piece of text with a maximum length; messages may be given in the feature's words. */
export function RequiredText(
  label: string,
  max: number = LIMITS.nameMax,
  messages: { empty?: string; tooLong?: string } = {},
) {
  return applyDecorators(
    trim,
    IsString({ message: `${label} must be text.` }),
    IsNotEmpty({ message: messages.empty ?? `${label} is required.` }),
    MaxLength(max, { message: messages.tooLong ?? `${label} must be at most ${max} characters.` }),
  );
}

/** Optional, trimmed text with a maximum length (combine with @IsOptional() for a nullable field). */
export function OptionalText(label: string, max: number, tooLong = `${label} must be at most ${max} characters.`) {
  return applyDecorators(trim, IsString({ message: `${label} must be text.` }), MaxLength(max, { message: tooLong }));
}

/**
 * A person's name as others see it: required text that refuses invisible control characters
 * (bidirectional overrides and the like), wherever a display name is set.
 */
export function DisplayNameRule(label = 'Your name') {
  return applyDecorators(RequiredText(label), NoInvisibleControls(label));
}

function NoInvisibleControls(label: string): PropertyDecorator {
  return function (object: object, propertyName: string | symbol) {
    registerDecorator({
      name: 'noInvisibleControls',
      target: object.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${label} contains invisible control characters (such as text-direction marks). Type it again without them.`,
      },
      validator: { validate: (v: unknown) => typeof v !== 'string' || !hasInvisibleControls(v) },
    });
  };
}

export function EmailRule() {
  return applyDecorators(
    trimLower,
    IsString({ message: 'Email must be text.' }),
    IsNotEmpty({ message: 'Email is required.' }),
    MaxLength(LIMITS.emailMax, { message: `Email must be at most ${LIMITS.emailMax} characters.` }),
    IsEmail({}, { message: 'Enter a valid email address, like name@school.org.' }),
  );
}

export function NewPasswordRule() {
  return applyDecorators(
    IsString({ message: 'Password must be text.' }),
    MinLength(LIMITS.passwordMin, { message: `Choose a password of at least ${LIMITS.passwordMin} characters.` }),
    MaxLength(LIMITS.passwordMax, { message: `Password must be at most ${LIMITS.passwordMax} characters.` }),
  );
}

export function UsernameRule() {
  return applyDecorators(
    trimLower,
    IsString({ message: 'Username must be text.' }),
    MinLength(LIMITS.usernameMin, { message: `Username must be at least ${LIMITS.usernameMin} characters.` }),
    MaxLength(LIMITS.usernameMax, { message: `Username must be at most ${LIMITS.usernameMax} characters.` }),
    Matches(USERNAME_PATTERN, { message: 'Use only letters, numbers, dots, dashes and underscores in a username.' }),
  );
}

export function TimeZoneRule(options?: ValidationOptions) {
  return function (object: object, propertyName: string) {
    registerDecorator({
      name: 'isTimeZone',
      target: object.constructor,
      propertyName,
      options: { message: 'Choose a time zone from the list, like America/Anchorage.', ...options },
      validator: { validate: (v: unknown) => typeof v === 'string' && isValidTimeZone(v) },
    });
  };
}

/** A list of short labels (subjects, grade levels): trimmed, de-duplicated, bounded. */
export function LabelListRule(label: string, maxItems: number = LIMITS.subjectsMax) {
  return applyDecorators(
    Transform(({ value }) =>
      Array.isArray(value)
        ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))]
        : value,
    ),
    ArrayMaxSize(maxItems, { message: `List at most ${maxItems} ${label}.` }),
    IsString({ each: true, message: `Each of the ${label} must be text.` }),
    MaxLength(LIMITS.subjectMax, {
      each: true,
      message: `Each of the ${label} must be at most ${LIMITS.subjectMax} characters.`,
    }),
  );
}

/**
 * A single-line field (a title, a venue): no line breaks, tabs or other control characters (C0, DEL,
 * C1), which would end a line early in the files made from it (a calendar's `.ics`).
 */
export function SingleLineRule(label: string) {
  // eslint-disable-next-line no-control-regex
  return Matches(/^[^\u0000-\u001f\u007f-\u009f]*$/, {
    message: `${label} must fit on one line: remove line breaks and tabs.`,
  });
}
