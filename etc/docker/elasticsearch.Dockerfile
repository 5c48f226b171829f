# Elasticsearch 8 with the Chinese analyzer the search index maps its text fields to (Search:Elasticsearch:Analyzer=smartcn).
ARG ELASTICSEARCH_VERSION=8.17.4
FROM docker.elastic.co/elasticsearch/elasticsearch:${ELASTICSEARCH_VERSION}
RUN bin/elasticsearch-plugin install --batch analysis-smartcn
