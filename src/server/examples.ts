/**
 * The example operations shown in GraphiQL, one per kind of user. Kept in one place so GraphiQL's
 * tabs, the README and the browser test show the same queries. Field names follow the schema in
 * schema/*.graphql; when the schema changes, change them here.
 */

export interface Example {
  /** The operation name; GraphiQL uses it as the tab title. */
  name: string;
  audience: 'researcher' | 'portal' | 'policy staff';
  /** One line: what the example answers. */
  purpose: string;
  query: string;
  /** JSON text for GraphiQL's variables editor. */
  variables?: string;
}

export const examples: readonly Example[] = [
  {
    name: 'ResearcherCoverage',
    audience: 'researcher',
    purpose: 'Which programmes serve older people (老年人) in 江门市 and its counties, each with its source quotes.',
    query: `# Researcher: coverage of a target group in an area, one row per programme × group × county.
query ResearcherCoverage {
  coverage(targetGroup: "老年人", area: "江门市") {
    area { name level }
    programme { id name nameEn }
    targetGroup { name }
    serves { quote citation }
  }
}
`,
  },
  {
    name: 'PortalProgrammes',
    audience: 'portal',
    purpose: 'A paginated list of programmes: pass pageInfo.endCursor as $after to get the next page.',
    query: `# Portal: the programme list, ten at a time.
# Run it, then copy pageInfo.endCursor into the "after" variable for the next page.
query PortalProgrammes($after: String) {
  programmes(first: 10, after: $after) {
    totalCount
    edges {
      cursor
      node { id name nameEn }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
    variables: '{\n  "after": null\n}\n',
  },
  {
    name: 'StaffIndicatorTargets',
    audience: 'policy staff',
    purpose: 'Trace the targets of the elderly-care bed indicators (床位) to the passages that state them.',
    query: `# Policy staff: an indicator's targets, each traced to its source passage.
query StaffIndicatorTargets {
  indicators(filter: { text: "床位" }, first: 5) {
    edges {
      node {
        name
        observations(kind: TARGET) {
          year
          scope
          comparator
          value
          text
          evidence {
            quote
            citation
            passage {
              sectionPath
              lines { start end }
            }
          }
        }
      }
    }
  }
}
`,
  },
];
