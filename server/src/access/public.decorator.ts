import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'access:public';

/**
 * Marks an operation or route that answers without a session (sign-in, invitation links, health).
 * Everything else is refused to anonymous callers by the global `AccessGuard`. Each use is listed in
 * docs/permissions.md and in the test that calls every operation anonymously.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
