import { useState } from 'react';
import { Button, Modal, Table, Text } from '@mantine/core';
import { ScrollTable } from '../../components/ScrollTable';
import { essaysInOrder, levelLabel, type Criterion, type Essay, type Round } from './agreement';
import { AgreeForm } from './AgreeForm';
import { CriteriaHead } from './AgreementTableParts';

/** Essay × criterion: the agreed level, or "Agree…" for the facilitator while the round is revealed. */
export function AgreedCells({ round }: { round: Round }) {
  const [open, setOpen] = useState<{ essay: Essay; criterion: Criterion } | null>(null);
  const criteria = round.rubric.criteria;
  const canAgree = round.canFacilitate && round.status === 'REVEALED';

  return (
    <>
      <ScrollTable label="Agreed scores per essay and criterion" minWidth={140 + criteria.length * 150}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs">
          <Table.Caption>The agreed level of each essay on each criterion.</Table.Caption>
          <CriteriaHead first="Essay" criteria={criteria} />
          <Table.Tbody>
            {essaysInOrder(round.essays).map((essay) => (
              <Table.Tr key={essay.id}>
                <Table.Th scope="row">Essay {essay.position}</Table.Th>
                {criteria.map((c) => {
                  const agreed = essay.agreed.find((a) => a.criterionId === c.id);
                  return (
                    <Table.Td key={c.id} style={{ verticalAlign: 'top' }}>
                      {agreed ? (
                        <Text size="sm" fw={600}>
                          {levelLabel(c, agreed.points)}
                        </Text>
                      ) : (
                        !canAgree && (
                          <Text size="sm" c="dimmed">
                            Not agreed yet
                          </Text>
                        )
                      )}
                      {agreed && (
                        <Text size="xs" className="break-word">
                          {agreed.rationale}
                        </Text>
                      )}
                      {canAgree && (
                        <Button
                          variant={agreed ? 'subtle' : 'light'}
                          size="compact-sm"
                          mih={44}
                          mt={4}
                          aria-label={`${agreed ? 'Change' : 'Agree'} Essay ${essay.position} · ${c.title}`}
                          onClick={() => setOpen({ essay, criterion: c })}
                        >
                          {agreed ? 'Change…' : 'Agree…'}
                        </Button>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `Agree Essay ${open.essay.position} · ${open.criterion.title}` : ''}
        size="lg"
      >
        {open && (
          <AgreeForm
            key={`${open.essay.id}-${open.criterion.id}`}
            essay={open.essay}
            criterion={open.criterion}
            onDone={() => setOpen(null)}
          />
        )}
      </Modal>
    </>
  );
}
