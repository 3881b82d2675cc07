#pragma once

// An in-memory zip archive built with libzip, for the spreadsheet fuzz
// targets: mutations of a real .xlsx or .ods almost always break its deflate
// streams or CRCs, so the XML behind them is rarely reached; wrapping the
// fuzzed bytes as one part of a valid archive reaches it every time.
#include <zip.h>

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstdio>

namespace FuzzZip {

/// The archive of `parts` (name, bytes), deflated, in their order; empty on
/// failure.
inline QByteArray build(const QList<QPair<const char *, QByteArray>> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return {};
    }
    for (const auto &part : parts) {
        zip_source_t *data = zip_source_buffer(archive, part.second.constData(), zip_uint64_t(part.second.size()), 0);
        if (!data || zip_file_add(archive, part.first, data, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(data);
            zip_discard(archive);
            zip_source_free(buffer);
            return {};
        }
    }
    if (zip_close(archive) < 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            out.resize(qsizetype(size));
            if (zip_source_read(buffer, out.data(), zip_uint64_t(size)) != size)
                out.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    return out;
}

} // namespace FuzzZip
