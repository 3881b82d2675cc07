#include "floor.h"

#include "leadgenerator.h"

void Floor::generate(const LeadGenerator &generator, qint64 start, qint64 count, QList<GeneratedLead> *chunk, QList<QString> *created)
{
    chunk->clear();
    created->clear();
    for (qint64 i = start; i < std::min(count, start + Chunk); ++i) {
        *chunk << generator.lead(i);
        *created << chunk->last().createdAt.toUTC().toString(Qt::ISODateWithMs);
    }
}
