\set ON_ERROR_STOP on
SELECT :'name', :"ident", :{?flag};
\if :flag
SELECT 1;
\endif
