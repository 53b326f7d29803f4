#include "compiler/sema/naming.hpp"

#include <openssl/evp.h>

#include <fmt/format.h>

namespace migc::naming {

std::string shorten(const std::string& name, std::size_t limit) {
    if (limit == 0 || name.size() <= limit) return name;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(name.data(), name.size(), digest, &len, EVP_md5(), nullptr);
    return fmt::format("{}_{:02x}{:02x}", name.substr(0, limit - 8), digest[len - 2], digest[len - 1]);
}

}  // namespace migc::naming
