import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EmailRule, NewPasswordRule } from '../../common/input-rules.js';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @EmailRule()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString({ message: 'The reset link is not valid.' })
  @IsNotEmpty({ message: 'The reset link is not valid.' })
  @MaxLength(200, { message: 'The reset link is not valid.' })
  token: string;

  @Field()
  @NewPasswordRule()
  password: string;
}
