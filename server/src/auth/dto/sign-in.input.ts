import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@switchback/shared';

@InputType()
export class SignInInput {
  /** Email for adults, username for students. */
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'Email or username must be text.' })
  @IsNotEmpty({ message: 'Enter your email or username.' })
  @MaxLength(LIMITS.emailMax, { message: 'That email or username is too long.' })
  login: string;

  @Field()
  @IsString({ message: 'Password must be text.' })
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(LIMITS.passwordMax, { message: 'That password is too long.' })
  password: string;
}
