// A stand-in for libFuzzer's main, so that every fuzz target runs in the
// normal test suite with the normal compiler: it replays the files of the
// corpus folder given as argument, then a bounded number of deterministic
// pseudo-random inputs (byte mutations of the corpus, fixed seed). A target
// signals a violated property by aborting, which fails the test.
//
//   fuzz_<name> [CORPUS_DIR] [RUNS]     (RUNS defaults to 20000)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::string> readCorpus(const char *dir)
{
    std::vector<std::string> out;
    if (!dir || !std::filesystem::is_directory(dir))
        return out;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end()); // the same order on every machine
    for (const auto &path : files) {
        std::ifstream in(path, std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

/// Bytes that change meaning in the inputs of the targets: separators of
/// phone numbers and CSV, digits, and the first bytes of UTF-8 sequences.
constexpr unsigned char Interesting[] = {'"', ',', ';', '\t', '\n', '\r', '+', '0', '1', '9', ' ', '-', '(',
                                         ')', 0x00, 0x7f, 0x80, 0xc3, 0xc6, 0xe2, 0xed, 0xef, 0xf0, 0xff};

std::string mutate(std::string s, std::mt19937 &rng, const std::vector<std::string> &corpus)
{
    auto below = [&rng](size_t n) { return n == 0 ? size_t(0) : size_t(rng() % n); };
    const int edits = 1 + int(below(4));
    for (int e = 0; e < edits; ++e) {
        switch (below(6)) {
        case 0: // flip a bit
            if (!s.empty())
                s[below(s.size())] ^= char(1u << below(8));
            break;
        case 1: // insert an interesting byte
            s.insert(s.begin() + std::ptrdiff_t(below(s.size() + 1)), char(Interesting[below(std::size(Interesting))]));
            break;
        case 2: // delete a few bytes
            if (!s.empty()) {
                const size_t at = below(s.size());
                s.erase(at, 1 + below(std::min<size_t>(8, s.size() - at)));
            }
            break;
        case 3: // duplicate a slice (long records, repeated separators)
            if (!s.empty()) {
                const size_t at = below(s.size());
                const std::string slice = s.substr(at, 1 + below(32));
                for (size_t n = 1 + below(16); n > 0; --n)
                    s.insert(at, slice);
            }
            break;
        case 4: // splice with another corpus entry
            if (!corpus.empty()) {
                const std::string &other = corpus[below(corpus.size())];
                s = s.substr(0, below(s.size() + 1)) + other.substr(below(other.size() + 1));
            }
            break;
        default: // overwrite a byte with any value
            if (!s.empty())
                s[below(s.size())] = char(rng() & 0xff);
            break;
        }
    }
    if (s.size() > 1 << 16)
        s.resize(1 << 16);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> corpus = readCorpus(argc > 1 ? argv[1] : nullptr);
    const long runs = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 20000;
    for (const std::string &input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    std::mt19937 rng(20261201);
    for (long i = 0; i < runs; ++i) {
        const std::string seed = corpus.empty() ? std::string() : corpus[size_t(rng() % corpus.size())];
        const std::string input = mutate(seed, rng, corpus);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    }
    std::printf("%zu corpus inputs and %ld mutations: no property violated\n", corpus.size(), runs);
    return 0;
}
