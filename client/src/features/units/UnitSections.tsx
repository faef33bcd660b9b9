import { useId, type MouseEvent, type ReactNode } from 'react';
import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { UNIT_SECTIONS, UNIT_STAGES } from '@switchback/shared';
import './units.css';
import './editor/unit-editor.css';

export interface SectionContent {
  id: string;
  title: string;
  stage: string;
  html: string;
}

interface UnitSectionsProps {
  sections: readonly SectionContent[];
  /** Heading level of the stage titles; section titles are one below. */
  stageOrder?: 2 | 3 | 4;
  /**
   * The unit page's read view: laid out as the live editor lays out the unit (every section titled,
   * its text in the editor's box), so the editor replaces it without moving the text.
   */
  asEditor?: boolean;
  /** With `asEditor`: empty sections show their prompt (to someone who may write them). */
  showPrompts?: boolean;
  /** Something to show under a section (comment buttons on the unit page). */
  renderSectionExtras?: (sectionId: string) => ReactNode;
  /** A click or tap into a section's text (not on a link, not ending a selection): to edit it there. */
  onSectionClick?: (sectionId: string) => void;
}

const PROMPTS = new Map<string, string>(UNIT_SECTIONS.map((s) => [s.id, s.prompt]));

/** A unit's sections, grouped by backward-design stage, rendered from the server's sanitised HTML. */
export function UnitSections({
  sections,
  stageOrder = 2,
  asEditor,
  showPrompts,
  renderSectionExtras,
  onSectionClick,
}: UnitSectionsProps) {
  const idPrefix = useId();
  const sectionOrder = (stageOrder + 1) as TitleOrder;
  const stages = UNIT_STAGES.map((stage) => ({
    ...stage,
    sections: sections.filter((s) => s.stage === stage.id),
  })).filter((stage) => stage.sections.length > 0);

  if (asEditor) {
    const clicked = (sectionId: string) => (event: MouseEvent<HTMLElement>) => {
      if (!onSectionClick || (event.target as Element).closest('a')) return;
      if (window.getSelection()?.isCollapsed === false) return; // Selecting text to copy it.
      onSectionClick(sectionId);
    };
    const contentClass = `unit-editor__content unit-read__content${onSectionClick ? ' unit-read__content--editable' : ''}`;
    return (
      <Stack gap="lg" className="unit-sections">
        {stages.map((stage) => (
          <Stack
            key={stage.id}
            gap="md"
            component="section"
            aria-labelledby={`${idPrefix}-${stage.id}`}
            className="unit-stage"
          >
            <Title order={stageOrder} size="h3" id={`${idPrefix}-${stage.id}`}>
              {stage.title}
            </Title>
            {stage.sections.map((section) => (
              <Stack
                key={section.id}
                gap={6}
                component="section"
                aria-labelledby={`${idPrefix}-${section.id}`}
                className="unit-editor__section"
                data-section={section.id}
              >
                <Title order={sectionOrder} size="h4" id={`${idPrefix}-${section.id}`}>
                  {section.title}
                </Title>
                {isEmptyHtml(section.html) ? (
                  <div className={contentClass} onClick={clicked(section.id)}>
                    <p className="unit-read__empty">
                      {showPrompts ? (PROMPTS.get(section.id) ?? 'Nothing here yet.') : 'Nothing here yet.'}
                    </p>
                  </div>
                ) : (
                  <div
                    className={contentClass}
                    onClick={clicked(section.id)}
                    // Sanitised on the server (rich-text.ts toHtml): only the editor's own elements and safe links.
                    dangerouslySetInnerHTML={{ __html: section.html }}
                  />
                )}
                {renderSectionExtras?.(section.id)}
              </Stack>
            ))}
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" className="unit-sections">
      {stages.map((stage) => (
        <Stack component="section" key={stage.id} gap="sm" className="unit-stage">
          <Title order={stageOrder} size="h3" className="unit-stage-title">
            {stage.title}
          </Title>
          {stage.sections.map((section) => (
            <div key={section.id} className="unit-section">
              {/* A one-section stage would repeat its own name. */}
              {(stage.sections.length > 1 || section.title !== stage.title) && (
                <Title order={sectionOrder} size="h5" mb={4}>
                  {section.title}
                </Title>
              )}
              {isEmptyHtml(section.html) ? (
                <Text c="dimmed" fs="italic" size="sm">
                  Nothing written yet.
                </Text>
              ) : (
                // Sanitised on the server (rich-text.ts toHtml): only the template's own elements and safe links.
                <div className="unit-html" dangerouslySetInnerHTML={{ __html: section.html }} />
              )}
              {renderSectionExtras?.(section.id)}
            </div>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function isEmptyHtml(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').trim() === '';
}
