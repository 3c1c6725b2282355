// The bounded zlib inflater; see inflate.h.
#include "share/inflate.h"

#include <array>
#include <cstdint>
#include <vector>

namespace okr {

namespace {

// No exceptions (the browser build has none): the first error is kept here, every reader after it
// returns zeros, and every loop stops on failed().
class BitReader {
  public:
    explicit BitReader(std::string_view in) : in_(in) {}

    void fail(const char* message, bool tooLarge = false) {
        if (error_) return;
        error_ = message;
        tooLarge_ = tooLarge;
    }
    bool failed() const { return error_ != nullptr; }
    const char* error() const { return error_; }
    bool tooLarge() const { return tooLarge_; }

    uint32_t bits(int n) {
        uint32_t value = 0;
        for (int i = 0; i < n; ++i) value |= static_cast<uint32_t>(bit()) << i;
        return value;
    }
    int bit() {
        if (count_ == 0) {
            if (pos_ >= in_.size()) {
                fail("ends before its last block");
                return 0;
            }
            buffer_ = static_cast<unsigned char>(in_[pos_++]);
            count_ = 8;
        }
        const int b = buffer_ & 1;
        buffer_ >>= 1;
        --count_;
        return b;
    }
    // Stored blocks and the trailer start on a byte boundary.
    void alignToByte() { count_ = 0; }
    unsigned char byte() {
        if (pos_ >= in_.size()) {
            fail("ends before its last block");
            return 0;
        }
        return static_cast<unsigned char>(in_[pos_++]);
    }
    // Two bytes, little-endian. Read in two statements: the operands of `|` may be evaluated in
    // either order, and the ASan build (g++ -O2 -g) did read the high byte first.
    unsigned uint16() {
        const unsigned low = byte();
        return low | byte() << 8;
    }
    size_t position() const { return pos_; }

  private:
    std::string_view in_;
    size_t pos_ = 0;
    unsigned buffer_ = 0;
    int count_ = 0;
    const char* error_ = nullptr;
    bool tooLarge_ = false;
};

constexpr int kMaxBits = 15;

// A canonical Huffman code given by its code lengths: how many codes of each length, and the
// symbols in code order. Decoding walks the lengths one bit at a time.
struct Huffman {
    std::array<uint16_t, kMaxBits + 1> count{};
    std::vector<uint16_t> symbols;
    bool valid = true;  // false: over-subscribed, nothing decodes

    explicit Huffman(const std::vector<uint8_t>& lengths) {
        for (uint8_t len : lengths) ++count[len];
        count[0] = 0;
        int left = 1;
        for (int len = 1; len <= kMaxBits; ++len) {
            left = left * 2 - count[len];
            if (left < 0) {
                valid = false;
                return;
            }
        }
        std::array<uint16_t, kMaxBits + 2> offset{};
        for (int len = 1; len <= kMaxBits; ++len) offset[len + 1] = offset[len] + count[len];
        symbols.assign(offset[kMaxBits + 1], 0);
        for (size_t s = 0; s < lengths.size(); ++s)
            if (lengths[s] != 0) symbols[offset[lengths[s]]++] = static_cast<uint16_t>(s);
    }

    // The next symbol, or -1 (the reader then has its error).
    int decode(BitReader& in) const {
        if (!valid) {
            in.fail("has an impossible Huffman code (over-subscribed)");
            return -1;
        }
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= kMaxBits && !in.failed(); ++len) {
            code |= in.bit();
            const int n = count[len];
            if (code - first < n) return symbols[static_cast<size_t>(index + code - first)];
            index += n;
            first = (first + n) << 1;
            code <<= 1;
        }
        in.fail("uses a Huffman code its block does not define");
        return -1;
    }
};

constexpr std::array<uint16_t, 29> kLengthBase = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                  15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                  67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<uint16_t, 30> kDistanceBase = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<uint8_t, 30> kDistanceExtra = {0, 0, 0,  0,  1,  1,  2,  2,  3,  3,
                                                    4, 4, 5,  5,  6,  6,  7,  7,  8,  8,
                                                    9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

class Inflater {
  public:
    Inflater(std::string_view in, size_t maxOutput) : in_(in), max_(maxOutput) {}

    std::string run() {
        bool last = false;
        while (!last && !in_.failed()) {
            last = in_.bit() != 0;
            switch (in_.bits(2)) {
                case 0:
                    stored();
                    break;
                case 1:
                    compressed(fixedLiterals(), fixedDistances());
                    break;
                case 2:
                    dynamic();
                    break;
                default:
                    in_.fail("has a block of an unknown type");
            }
        }
        in_.alignToByte();
        return std::move(out_);
    }
    BitReader& reader() { return in_; }

  private:
    void put(char c) {
        if (out_.size() >= max_) return in_.fail("unpacks to more than the allowed size", true);
        out_.push_back(c);
    }

    void stored() {
        in_.alignToByte();
        const unsigned len = in_.uint16();
        const unsigned nlen = in_.uint16();
        if ((len ^ 0xFFFFu) != nlen) return in_.fail("has a stored block with a wrong length");
        for (unsigned i = 0; i < len && !in_.failed(); ++i) put(static_cast<char>(in_.byte()));
    }

    static const Huffman& fixedLiterals() {
        static const Huffman code([] {
            std::vector<uint8_t> lengths(288);
            for (size_t s = 0; s < lengths.size(); ++s)
                lengths[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
            return lengths;
        }());
        return code;
    }
    static const Huffman& fixedDistances() {
        static const Huffman code(std::vector<uint8_t>(30, 5));
        return code;
    }

    void dynamic() {
        const size_t literals = in_.bits(5) + 257;
        const size_t distances = in_.bits(5) + 1;
        const size_t lengthCodes = in_.bits(4) + 4;
        if (literals > 286 || distances > 30)
            return in_.fail("declares more Huffman codes than deflate has");
        static constexpr std::array<uint8_t, 19> kOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                           11, 4,  12, 3, 13, 2, 14, 1, 15};
        std::vector<uint8_t> codeLengths(19, 0);
        for (size_t i = 0; i < lengthCodes; ++i)
            codeLengths[kOrder[i]] = static_cast<uint8_t>(in_.bits(3));
        const Huffman lengthCode(codeLengths);

        std::vector<uint8_t> lengths;
        lengths.reserve(literals + distances);
        while (lengths.size() < literals + distances) {
            const int symbol = lengthCode.decode(in_);
            if (symbol < 0 || in_.failed()) return;
            if (symbol < 16) {
                lengths.push_back(static_cast<uint8_t>(symbol));
                continue;
            }
            uint8_t value = 0;
            size_t repeat = 0;
            if (symbol == 16) {
                if (lengths.empty()) return in_.fail("repeats a code length before any");
                value = lengths.back();
                repeat = 3 + in_.bits(2);
            } else if (symbol == 17) {
                repeat = 3 + in_.bits(3);
            } else {
                repeat = 11 + in_.bits(7);
            }
            if (lengths.size() + repeat > literals + distances)
                return in_.fail("has more code lengths than it declared");
            lengths.insert(lengths.end(), repeat, value);
        }
        if (lengths[256] == 0) return in_.fail("has a block that cannot end");
        const Huffman literalCode(
            std::vector<uint8_t>(lengths.begin(), lengths.begin() + literals));
        const Huffman distanceCode(std::vector<uint8_t>(lengths.begin() + literals, lengths.end()));
        compressed(literalCode, distanceCode);
    }

    void compressed(const Huffman& literals, const Huffman& distances) {
        while (!in_.failed()) {
            const int symbol = literals.decode(in_);
            if (symbol < 0) return;
            if (symbol < 256) {
                put(static_cast<char>(symbol));
                continue;
            }
            if (symbol == 256) return;
            const size_t index = static_cast<size_t>(symbol - 257);
            if (index >= kLengthBase.size())
                return in_.fail("uses a length code deflate does not have");
            const size_t length = kLengthBase[index] + in_.bits(kLengthExtra[index]);
            const int code = distances.decode(in_);
            if (code < 0) return;
            const size_t d = static_cast<size_t>(code);
            if (d >= kDistanceBase.size())
                return in_.fail("uses a distance code deflate does not have");
            const size_t distance = kDistanceBase[d] + in_.bits(kDistanceExtra[d]);
            if (distance > out_.size()) return in_.fail("refers back to data before its beginning");
            for (size_t i = 0; i < length && !in_.failed(); ++i) put(out_[out_.size() - distance]);
        }
    }

    BitReader in_;
    size_t max_;
    std::string out_;
};

uint32_t adler32(std::string_view data) {
    uint32_t a = 1, b = 0;
    for (char c : data) {
        a = (a + static_cast<unsigned char>(c)) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

}  // namespace

Inflated zlibInflate(std::string_view stream, size_t maxOutput) {
    Inflated result;
    if (stream.size() < 6) {
        result.error = "is too short to be a zlib stream";
        return result;
    }
    const auto cmf = static_cast<unsigned char>(stream[0]);
    const auto flg = static_cast<unsigned char>(stream[1]);
    if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7 || (cmf * 256u + flg) % 31u != 0) {
        result.error = "does not start with a deflate (zlib) header";
        return result;
    }
    if (flg & 0x20) {
        result.error = "asks for a preset dictionary, which plan links never use";
        return result;
    }
    {
        Inflater inflater(stream.substr(2), maxOutput);
        std::string data = inflater.run();
        if (inflater.reader().failed()) {
            result.error = inflater.reader().error();
            result.tooLarge = inflater.reader().tooLarge();
            return result;
        }
        const size_t end = 2 + inflater.reader().position();
        if (stream.size() < end + 4) {
            result.error = "ends before its checksum";
            return result;
        }
        uint32_t expected = 0;
        for (size_t i = 0; i < 4; ++i)
            expected = (expected << 8) | static_cast<unsigned char>(stream[end + i]);
        if (adler32(data) != expected) {
            result.error = "does not match its checksum";
            return result;
        }
        result.data = std::move(data);
    }
    return result;
}

}  // namespace okr
