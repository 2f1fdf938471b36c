-- offramp DuckDB schema. One row per document; events, quotes and activities hang off doc_id.
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    date DATE,
    title VARCHAR,
    url VARCHAR,
    source VARCHAR,
    byline VARCHAR,
    text VARCHAR,
    content_hash VARCHAR,
    n_events INTEGER,
    warnings JSON,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR,
    doc_id VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR,
    quad_class INTEGER,
    intensity DOUBLE,
    source JSON,
    target JSON,
    source_countries VARCHAR[],
    target_countries VARCHAR[],
    source_country VARCHAR,
    target_country VARCHAR,
    modality VARCHAR,
    date DATE,
    date_precision VARCHAR,
    date_text VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid BIGINT,
    attributed_to JSON,
    attributed_anonymous BOOLEAN,
    sentence INTEGER,
    evidence VARCHAR,
    trigger VARCHAR,
    rule VARCHAR,
    mentions INTEGER[]
);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR,
    idx INTEGER,
    text VARCHAR,
    speaker JSON,
    speaker_name VARCHAR,
    speaker_country VARCHAR,
    anonymous BOOLEAN,
    sentence INTEGER,
    start_char INTEGER,
    end_char INTEGER
);
CREATE TABLE IF NOT EXISTS activities (
    doc_id VARCHAR,
    idx INTEGER,
    record JSON
);
CREATE TABLE IF NOT EXISTS errors (
    source VARCHAR,
    code VARCHAR,
    reason VARCHAR,
    failed_at TIMESTAMP DEFAULT current_timestamp
);
