// Statements only the tests run (test/): probes that prove the database is real, fixtures of the server tests.
// They live here with every other statement; nothing in src/ runs them.

// name: testCreateProbeConstraint
CREATE CONSTRAINT probe_key IF NOT EXISTS FOR (p:RealityProbe) REQUIRE p.key IS UNIQUE

// name: testDropProbeConstraint
DROP CONSTRAINT probe_key IF EXISTS

// name: testCreateProbe
CREATE (:RealityProbe {key: $key})

// name: testServerInfo
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition

// name: testCreateMarker
CREATE (:LifeCycleMarker {at: $at})

// name: testCountMarkers
MATCH (m:LifeCycleMarker) RETURN count(m) AS count

// name: testCreateRelease
CREATE (:Release {id: 'Release:current', version: $version})

// name: testEcho
RETURN size($value) AS size
