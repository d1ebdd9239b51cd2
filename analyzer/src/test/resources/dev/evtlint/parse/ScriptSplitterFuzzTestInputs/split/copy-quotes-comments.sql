COPY t (a, b) FROM stdin;
1	x;y
\.
SELECT 'it''s' /* a ; /* nested */ comment */, E'\';' -- c;
;
