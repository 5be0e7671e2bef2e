-- One database per service, made by the postgres image on its first start (an empty data volume).
-- docker-compose.yml mounts this file into /docker-entrypoint-initdb.d/; LocalStackComposeTest checks that these
-- names are the ones in the services' JDBC URLs.
CREATE DATABASE clients;
CREATE DATABASE briefs;
CREATE DATABASE creative;
CREATE DATABASE billing;
