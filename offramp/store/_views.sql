-- offramp DuckDB views. Rebuilt each time a Store opens the file for writing.
--
-- events_deduped: the event records of many articles clustered into events (GDELT counts the
-- same event once per article). Records join one cluster when they share type, modality, dyad
-- (either order for AGREE/CONSULT/COOPERATE), place country and date precision, and their
-- dates chain within a window: 1 day for day precision (and dates taken from the article), 7
-- for week, 31 for month and range, 366 for year. An event without a date takes its article's.
CREATE OR REPLACE VIEW event_mentions AS
SELECT *,
       CASE WHEN swapped THEN target_country ELSE source_country END AS actor1_country,
       CASE WHEN swapped THEN source_country ELSE target_country END AS actor2_country,
       CASE WHEN swapped THEN target ELSE source END AS actor1,
       CASE WHEN swapped THEN source ELSE target END AS actor2
FROM (
    SELECT e.*,
           d.date AS doc_date, d.url AS doc_url, d.title AS doc_title,
           coalesce(e.date, d.date) AS day,
           -- a date taken from the article is a day, like "on Monday"
           CASE WHEN e.date_precision IS NULL OR e.date_precision = 'publication' THEN 'day'
                ELSE e.date_precision END AS precision_key,
           -- symmetric types have no direction: "A met B" and "B met A" are one dyad
           e.type IN ('AGREE', 'CONSULT', 'COOPERATE')
               AND coalesce(e.source_country, '') > coalesce(e.target_country, '') AS swapped,
           coalesce(e.location_country, '') AS place_key,
           -- an article with no outlet named counts as its own source
           coalesce(d.source, nullif(regexp_extract(d.url, '^[a-zA-Z]+://([^/]+)', 1), ''),
                    'doc:' || d.id) AS outlet,
           greatest(len(coalesce(e.mentions, [])), 1) AS n_mentions
    FROM events e JOIN documents d ON d.id = e.doc_id
);

CREATE OR REPLACE VIEW events_deduped AS
WITH gaps AS (
    SELECT *,
           CASE WHEN day - lag(day) OVER w <= CASE precision_key WHEN 'week' THEN 7
                                                   WHEN 'month' THEN 31 WHEN 'range' THEN 31
                                                   WHEN 'year' THEN 366 ELSE 1 END
                THEN 0 ELSE 1 END AS starts
    FROM event_mentions
    WINDOW w AS (PARTITION BY type, modality, actor1_country, actor2_country, place_key,
                 precision_key ORDER BY day, doc_id, event_id)
), clusters AS (
    SELECT *,
           sum(starts) OVER (PARTITION BY type, modality, actor1_country, actor2_country,
                             place_key, precision_key ORDER BY day, doc_id, event_id
                             ROWS UNBOUNDED PRECEDING) AS cluster_no
    FROM gaps
)
SELECT md5(concat_ws('|', type, modality, coalesce(actor1_country, '-'),
                     coalesce(actor2_country, '-'), place_key, precision_key,
                     coalesce(CAST(min(day) AS VARCHAR), '-'),
                     -- undated records never chain: one cluster each, keyed by the record
                     CASE WHEN min(day) IS NULL THEN min(event_id) ELSE '' END)) AS dedup_id,
       type,
       mode(mode) AS mode,
       modality,
       actor1_country AS source_country,
       actor2_country AS target_country,
       arg_min(source_sector, day) AS source_sector,
       arg_min(target_sector, day) AS target_sector,
       arg_min(source_name, day) AS source_name,
       arg_min(target_name, day) AS target_name,
       mode(cameo) AS cameo,
       min(quad_class) AS quad_class,
       avg(intensity) AS intensity,
       min(day) AS date,
       max(day) AS date_end,
       precision_key AS date_precision,
       nullif(place_key, '') AS location_country,
       arg_min(location_name, day) FILTER (WHERE location_name IS NOT NULL) AS location_name,
       arg_min(lat, day) FILTER (WHERE lat IS NOT NULL) AS lat,
       arg_min(lon, day) FILTER (WHERE lon IS NOT NULL) AS lon,
       arg_min(geonameid, day) FILTER (WHERE geonameid IS NOT NULL) AS geonameid,
       CAST(sum(n_mentions) AS BIGINT) AS num_mentions,
       count(DISTINCT doc_id) AS num_articles,
       count(DISTINCT outlet) AS num_sources,
       count(*) AS num_records,
       arg_min(doc_url, day) FILTER (WHERE doc_url IS NOT NULL) AS source_url,
       arg_min(evidence, day) AS evidence,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
       list(event_id ORDER BY event_id) AS event_ids
FROM (SELECT *, actor1 ->> '$[0].sector' AS source_sector,
             actor2 ->> '$[0].sector' AS target_sector,
             coalesce(actor1 ->> '$[0].name', actor1 ->> '$[0].text') AS source_name,
             coalesce(actor2 ->> '$[0].name', actor2 ->> '$[0].text') AS target_name
      FROM clusters)
GROUP BY type, modality, actor1_country, actor2_country, place_key, precision_key, cluster_no;
