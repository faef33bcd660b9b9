import { graphql } from '../../gql';

export const RosterPreviewFields = graphql(`
  fragment RosterPreviewFields on RosterImportPreview {
    digest
    skipped
    errors {
      file
      row
      column
      message
    }
    schools {
      ...RosterSectionFields
    }
    teachers {
      ...RosterSectionFields
    }
    students {
      ...RosterSectionFields
    }
    classes {
      ...RosterSectionFields
    }
    enrollments {
      ...RosterSectionFields
    }
  }
  fragment RosterSectionFields on RosterSection {
    add
    update
    match
    unchanged
    remove
    changes {
      action
      sourcedId
      name
      detail
    }
  }
`);

export const PreviewRosterImportMutation = graphql(`
  mutation PreviewRosterImport($input: RosterImportInput!) {
    previewRosterImport(input: $input) {
      ...RosterPreviewFields
    }
  }
`);

export const ApplyRosterImportMutation = graphql(`
  mutation ApplyRosterImport($input: ApplyRosterImportInput!) {
    applyRosterImport(input: $input) {
      removalsApplied
      applied {
        ...RosterPreviewFields
      }
    }
  }
`);
