#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

namespace ztp::tftp {

// SHA-256 over data added piece by piece, through OpenSSL, which uses the CPU's SHA
// instructions where they exist. QCryptographicHash in Qt 6.4 hashes in portable C: over
// 1468-octet blocks it managed 70-90 MB/s against OpenSSL's 670-780 MB/s on the loaded 2-core
// AMD EPYC VM of bench/tftp/README.md, so at 45 MiB/s of downloads it took half a core.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32-octet digest of everything added. Call once; later data is not hashed.
    QByteArray result();

private:
    evp_md_ctx_st *m_context = nullptr;
};

} // namespace ztp::tftp
