import { Controller, Head, Inject, Options, Patch, Post, Req, Res, type OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { Server, Metadata } from '@tus/server';
import type { ObservationOwnerKind } from '@switchback/shared';
import type { AppRequest } from '../common/auth-context.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MediaAccessService, isOwnerKind } from './media-access.service.js';
import { MediaService } from './media.service.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';
import { RenditionsService } from './renditions.service.js';

/** The video types a recording may have (what phones and cameras make). */
export const VIDEO_TYPES = ['video/mp4', 'video/webm', 'video/quicktime'] as const;

const NOT_FOUND = 'That lesson was not found, or you cannot upload a recording to it.';
const UPLOAD_NOT_FOUND = 'That upload was not found.';

/** What the creating request established, for tus's hooks (which see a copy of the request only). */
interface UploadCall {
  userId: string;
  networkId?: string;
  meta?: { ownerKind: ObservationOwnerKind; ownerId: string; filename: string; filetype: string };
}

/** A size in words: `1.5 MB`, `98 KB`. */
const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;

/**
 * Resumable uploads of lesson recordings (the tus protocol, `@tus/server`) at `/api/uploads`. Who
 * may upload what is checked here, before tus sees the request: a signed-in person (the global
 * guard), `upload` on the owner (else "not found", as for an unknown owner), the class's recording
 * consent, a video type and a size within MEDIA_MAX_BYTES. Only the uploader may resume (HEAD,
 * PATCH) an upload. The upload id is the recording's id. tus's GET (download) and DELETE are not
 * offered: recordings play at /api/media/:id and are deleted with `deleteRecording`.
 */
@Controller('api/uploads')
export class UploadsController implements OnModuleInit {
  private tus!: Server;
  private readonly calls = new AsyncLocalStorage<UploadCall>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly media: MediaService,
    private readonly access: MediaAccessService,
    private readonly renditions: RenditionsService,
  ) {}

  onModuleInit(): void {
    this.tus = new Server({
      path: '/api/uploads',
      datastore: this.storage.datastore,
      maxSize: this.config.media.maxBytes,
      relativeLocation: true,
      respectForwardedHeaders: this.config.trustProxy,
      namingFunction: () => randomUUID(),
      onUploadCreate: async (_req, upload) => {
        const call = this.calls.getStore();
        if (!call?.meta || !call.networkId) throw { status_code: 404, body: NOT_FOUND };
        await this.media.createUpload({
          id: upload.id,
          userId: call.userId,
          networkId: call.networkId,
          ownerKind: call.meta.ownerKind,
          ownerId: call.meta.ownerId,
          filename: call.meta.filename,
          mimeType: call.meta.filetype,
          sizeBytes: upload.size ?? 0,
        });
        return {};
      },
      onUploadFinish: async (_req, upload) => {
        if (await this.media.finishUpload(upload.id)) this.renditions.kick();
        return {};
      },
      onResponseError: (_req, err) => {
        // tus answers its own errors in plain words; anything else is not shown to the person.
        if (err instanceof Error) return { status_code: 500, body: 'The upload could not be saved. Please try again.' };
        return undefined;
      },
    });
  }

  @Post()
  async create(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const userId = req.auth!.user.id;
    const refusal = await this.checkCreate(userId, req);
    if ('status' in refusal) {
      res.status(refusal.status).type('text/plain').send(refusal.message);
      return;
    }
    await this.calls.run(refusal, () => this.tus.handle(req, res));
  }

  @Head(':id')
  head(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.resume(req, res, true);
  }

  @Patch(':id')
  patch(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.resume(req, res, false);
  }

  @Options()
  options(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    return this.tus.handle(req, res);
  }

  private async resume(req: AppRequest, res: Response, finishedToo: boolean): Promise<void> {
    const userId = req.auth!.user.id;
    const own = await this.media.ownUpload(userId, String(req.params.id), finishedToo);
    if (!own) {
      res.status(404).type('text/plain').send(UPLOAD_NOT_FOUND);
      return;
    }
    await this.calls.run({ userId }, () => this.tus.handle(req, res));
  }

  /** The refusal of a creating request, in words a teacher understands, or what it establishes. */
  private async checkCreate(
    userId: string,
    req: AppRequest,
  ): Promise<UploadCall | { status: number; message: string }> {
    let meta: Record<string, string | null>;
    try {
      meta = Metadata.parse(req.header('upload-metadata'));
    } catch {
      return {
        status: 400,
        message: 'The upload did not say what it is (its file name, type and lesson are missing).',
      };
    }
    const { ownerKind, ownerId } = meta;
    const grant =
      isOwnerKind(ownerKind) && ownerId ? await this.access.facts(userId, { kind: ownerKind, id: ownerId }) : null;
    if (!grant || !this.access.allows(grant, 'upload')) return { status: 404, message: NOT_FOUND };
    if (meta.consent !== 'yes')
      return {
        status: 403,
        message:
          "Please confirm that the class's recording consent covers this video before uploading it (students appear in it).",
      };
    const filetype = (meta.filetype ?? '').toLowerCase().split(';')[0]!.trim();
    if (!(VIDEO_TYPES as readonly string[]).includes(filetype))
      return {
        status: 415,
        message: `That file is not a video we can play. Please upload an MP4, WebM or QuickTime (.mov) video.`,
      };
    const lengthHeader = req.header('upload-length');
    const length = lengthHeader && /^\d{1,15}$/.test(lengthHeader) ? Number(lengthHeader) : NaN;
    if (!Number.isFinite(length))
      return { status: 400, message: 'The upload did not say how big the video is. Please try again.' };
    if (length === 0) return { status: 400, message: 'That video file is empty.' };
    if (length > this.config.media.maxBytes)
      return {
        status: 413,
        message: `That video is ${mb(length)}; recordings can be at most ${mb(this.config.media.maxBytes)}. Please trim it or shrink it before uploading.`,
      };
    const filename =
      (meta.filename ?? '')
        .replace(/[\p{Cc}/\\]/gu, '')
        .trim()
        .slice(0, 200) || 'recording';
    return {
      userId,
      networkId: grant.networkId,
      meta: { ownerKind: ownerKind as ObservationOwnerKind, ownerId: ownerId!, filename, filetype },
    };
  }
}
