// Constraints and indexes of the graph model (README.md, "The graph model").
// Every statement named schema* is applied, in file order, before each ingest; all are idempotent.

// name: schemaDocumentId
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
// name: schemaPassageId
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE
// name: schemaThemeId
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE
// name: schemaProgrammeId
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE
// name: schemaTargetGroupId
CREATE CONSTRAINT target_group_id IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE
// name: schemaAdministrativeAreaId
CREATE CONSTRAINT administrative_area_id IF NOT EXISTS FOR (n:AdministrativeArea) REQUIRE n.id IS UNIQUE
// name: schemaInstitutionId
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE
// name: schemaPolicyId
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE
// name: schemaIndicatorId
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE
// name: schemaIndicatorConceptId
CREATE CONSTRAINT indicator_concept_id IF NOT EXISTS FOR (n:IndicatorConcept) REQUIRE n.id IS UNIQUE
// name: schemaObservationId
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE
// name: schemaEvidenceId
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE
// name: schemaNodeId
// Every node with a global id also carries :Node, so node(id) is one index lookup whatever its type.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE
// name: schemaReleaseId
CREATE CONSTRAINT release_id IF NOT EXISTS FOR (n:Release) REQUIRE n.id IS UNIQUE
// name: schemaIngestLockId
// The lock every stamped API statement reads (fragment releaseState): a seek, not a scan of its label.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE

// name: schemaEntityName
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)
// name: schemaAliasText
// An entity's other spellings, one Alias node each (ingestEntities): a list property cannot be searched element-wise.
CREATE INDEX alias_text IF NOT EXISTS FOR (n:Alias) ON (n.text)
// name: schemaInstitutionArea
// AdministrativeArea.institutions: the institutions whose area is this one.
CREATE INDEX institution_area IF NOT EXISTS FOR (n:Institution) ON (n.areaId)
// name: schemaEvidenceAbout
// Statements of a relation are found by its key (from|TYPE|to), of a node by its id.
CREATE INDEX evidence_about IF NOT EXISTS FOR (n:Evidence) ON (n.about)
// name: schemaPassageOrder
CREATE INDEX passage_order IF NOT EXISTS FOR (n:Passage) ON (n.documentId, n.ordinal)

// name: schemaPassageSearchText
// search() finds a number with its unit whatever the whitespace: CONTAINS on the compact text, index-backed.
CREATE TEXT INDEX passage_search_text IF NOT EXISTS FOR (n:Passage) ON (n.searchText)

// name: schemaEntityFulltext
// Chinese text needs the cjk analyzer (bigrams); the standard one would index whole runs of Han characters.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Theme|Programme|TargetGroup|AdministrativeArea|Institution|Policy|Indicator)
ON EACH [n.name, n.nameEn, n.aliasesText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
// name: schemaPassageFulltext
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS
FOR (n:Passage) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }
// name: schemaDropEntityAliases
// Aliases were once looked up in a list property (index entity_aliases, which `IN n.aliases` never used); they are
// :Alias nodes now (alias_text). A database made before drops the index nobody reads, which every write still kept.
DROP INDEX entity_aliases IF EXISTS
// name: schemaAwaitIndexes
CALL db.awaitIndexes(120)
