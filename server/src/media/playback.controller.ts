import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import rangeParser from 'range-parser';
import { pipeline } from 'node:stream/promises';
import type { AppRequest } from '../common/auth-context.js';
import { MediaService } from './media.service.js';
import { lowRenditionKey, MEDIA_STORAGE, type MediaStorage } from './media-storage.js';

const NOT_FOUND = { error: { code: 'NOT_FOUND', message: 'That recording was not found.' } };

/**
 * `GET /api/media/:id` (and HEAD): a recording streamed with HTTP range requests to the people its
 * lesson study or mentoring pair lets watch it; `?rendition=low` for the low-bandwidth rendition
 * (the original when there is none). Everyone else gets 404, exactly as for an unknown id. Shown
 * inline and never cached; the first request of a viewing (from byte 0) is audited (`media.view`,
 * once per person and recording every few minutes).
 */
@Controller('api/media')
export class PlaybackController {
  constructor(
    private readonly media: MediaService,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  @Get(':id')
  async play(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const userId = req.auth!.user.id;
    res.setHeader('Cache-Control', 'private, no-store');
    const asset = await this.media.playable(userId, String(req.params.id));
    if (!asset) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    const low = req.query.rendition === 'low' && asset.hasLowRendition;
    const key = low ? lowRenditionKey(asset.id) : asset.storageKey;
    const size = await this.storage.size(key);
    if (size === null) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', low ? 'video/mp4' : asset.mimeType);
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(asset.filename)}`);
    let start = 0;
    let end = size - 1;
    const header = req.header('range');
    if (header) {
      const ranges = rangeParser(size, header, { combine: true });
      if (ranges === -1) {
        res.status(416).setHeader('Content-Range', `bytes */${size}`).end();
        return;
      }
      // A malformed header, or several ranges, is answered with the whole file (RFC 9110 allows it).
      if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) {
        start = ranges[0]!.start;
        end = ranges[0]!.end;
        res.status(206).setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      }
    }
    res.setHeader('Content-Length', String(end - start + 1));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (start === 0) await this.media.auditView(userId, asset, low ? 'low' : 'original');
    const body = await this.storage.read(key, start, end);
    // A viewer who seeks or leaves closes the connection: that is not an error.
    await pipeline(body, res).catch(() => body.destroy());
  }
}
