// Only the EVP digest interface of OpenSSL's libcrypto (the low-level SHA256_* calls are deprecated in 3.0).
#include <openssl/evp.h>
