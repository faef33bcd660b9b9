import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { UNIT_STAGES } from '@switchback/shared';
import './units.css';

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
}

/** A unit's sections, grouped by backward-design stage, rendered from the server's sanitised HTML. */
export function UnitSections({ sections, stageOrder = 2 }: UnitSectionsProps) {
  const sectionOrder = (stageOrder + 1) as TitleOrder;
  const stages = UNIT_STAGES.map((stage) => ({
    ...stage,
    sections: sections.filter((s) => s.stage === stage.id),
  })).filter((stage) => stage.sections.length > 0);
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
