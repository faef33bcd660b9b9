import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  shortLinkPath,
  UNIT_SECTIONS,
  UNIT_STAGES,
  UNIT_STATUS_LABELS,
  type UnitExportFormat,
} from '@switchback/shared';
import { safeFilename, type DownloadFile } from '../common/files.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CollabDocumentsService } from '../collaboration/documents.service.js';
import { docFromState, escapeMarkdown, toMarkdown } from '../collaboration/rich-text.js';
import { UnitAccessService, type UnitContext } from './unit-access.service.js';
import { UnitViewService } from './unit-view.service.js';
import { latestVersion } from './unit-version-rows.js';
import { Unit } from './unit.entity.js';

const CONTENT_TYPES: Record<UnitExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Headings inside a section sit under the section's own (level 3), so the outline stays whole. */
function nestHeadings(markdown: string): string {
  // The fence of the code block the line is in (fences are as long as the code needs), if any.
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^\s*(?:[-*+] |\d+\. )?(`{3,})\s*$/.exec(line)?.[1];
      if (fence) {
        if (marker && marker.length >= fence.length) fence = null;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.replace(/^(#{1,6}) /, (_, hashes: string) => `${'#'.repeat(Math.min(6, hashes.length + 3))} `);
    })
    .join('\n');
}

/** Markdown and Word (.docx) exports of a unit, for anyone who may read it. */
@Injectable()
export class UnitExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UnitAccessService,
    private readonly docs: CollabDocumentsService,
    private readonly view: UnitViewService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async export(userId: string, unitId: string, format: UnitExportFormat): Promise<DownloadFile> {
    const ctx = await this.access.context(userId, unitId);
    // Readers export the published version; the authors and critical friends, the draft.
    const version = this.access.can(ctx, 'readDraft') ? null : await latestVersion(this.db.manager, unitId);
    const doc = docFromState(version ? new Uint8Array(version.state) : await this.docs.snapshot(ctx.unit.documentId));
    try {
      const details = await this.details(ctx);
      const body =
        format === 'md'
          ? Buffer.from(this.markdown(ctx.unit, details, doc), 'utf8')
          : await (
              await import('./unit-docx.js')
            ).unitToDocx({ title: ctx.unit.title, details, summary: ctx.unit.summary }, doc);
      return {
        filename: safeFilename(ctx.unit.title, format, { fallback: 'unit' }),
        contentType: CONTENT_TYPES[format],
        body,
      };
    } finally {
      doc.destroy();
    }
  }

  private async details({ unit, group }: UnitContext): Promise<[string, string][]> {
    const details: [string, string][] = [['Group', group.name]];
    if (unit.subject) details.push(['Subject', unit.subject]);
    if (unit.gradeBand) details.push(['Grade band', unit.gradeBand]);
    details.push(['Status', UNIT_STATUS_LABELS[unit.status]]);
    if (unit.forkedFromId) {
      const [source] = await this.view.lineages([unit.forkedFromId]);
      if (source) details.push(['Adapted from', `“${source.title}” by ${source.byline}`]);
    }
    // Its stable short link: opens the unit in its network, after signing in if need be.
    details.push(['Online', `${this.config.publicUrl}${shortLinkPath('unit', unit.id)}`]);
    return details;
  }

  private markdown(unit: Unit, details: [string, string][], doc: ReturnType<typeof docFromState>): string {
    const escape = escapeMarkdown;
    const out = [`# ${escape(unit.title)}`, '', ...details.map(([k, v]) => `- **${k}:** ${escape(v)}`), ''];
    if (unit.summary) out.push(escape(unit.summary), '');
    for (const stage of UNIT_STAGES) {
      out.push(`## ${stage.title}`, '');
      for (const section of UNIT_SECTIONS.filter((s) => s.stage === stage.id)) {
        const content = nestHeadings(toMarkdown(doc.getXmlFragment(section.id)));
        out.push(`### ${section.title}`, '', content || '_Nothing written yet._', '');
      }
    }
    return (
      out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n'
    );
  }
}
