#include "tftp/sha256.h"

#include <openssl/evp.h>

namespace ztp::tftp {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    // Both calls fail only when memory runs out; result() then returns an empty digest.
    if (m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView data)
{
    if (m_context && !data.isEmpty())
        EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    if (!m_context)
        return {};
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length)
        != 1)
        return {};
    EVP_MD_CTX_free(m_context);
    m_context = nullptr;
    digest.resize(int(length));
    return digest;
}

} // namespace ztp::tftp
