package eu.twinninghub.notifications.webhook;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may connect to: only ones on the public internet. Everything a
 * partner could use to reach the platform's own network is refused — loopback, the private and
 * carrier-grade NAT ranges, link-local (cloud metadata lives there), unique-local IPv6, multicast,
 * "this network" and the reserved blocks — and so is an IPv6 address that carries one of them
 * inside (IPv4-mapped, IPv4-compatible, NAT64, 6to4), since a dual-stack host would route it there.
 * Teredo is refused outright: its embedded address is obfuscated and no receiver needs it.
 */
final class AddressPolicy {

    private record Block(byte[] prefix, int bits, String why) {

        static Block of(String address, int bits, String why) {
            try {
                return new Block(InetAddress.getByName(address).getAddress(), bits, why);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(address, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final String LOOPBACK = "is this machine (loopback)";
    private static final String PRIVATE = "is in a private network range";

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0", 8, "is in \"this network\" (0.0.0.0/8)"),
            Block.of("10.0.0.0", 8, PRIVATE),
            Block.of("100.64.0.0", 10, "is in the carrier-grade NAT range (100.64.0.0/10)"),
            Block.of("169.254.0.0", 16, "is link-local (where cloud metadata answers)"),
            Block.of("172.16.0.0", 12, PRIVATE),
            Block.of("192.0.0.0", 24, "is reserved for protocol assignments"),
            Block.of("192.0.2.0", 24, "is reserved for documentation"),
            Block.of("192.168.0.0", 16, PRIVATE),
            Block.of("198.18.0.0", 15, "is reserved for network benchmarks"),
            Block.of("198.51.100.0", 24, "is reserved for documentation"),
            Block.of("203.0.113.0", 24, "is reserved for documentation"),
            Block.of("224.0.0.0", 4, "is multicast"),
            Block.of("240.0.0.0", 4, "is reserved (240.0.0.0/4, broadcast)"));

    private static final Block IPV4_LOOPBACK = Block.of("127.0.0.0", 8, LOOPBACK);

    private static final List<Block> IPV6 = List.of(
            Block.of("::", 128, "is the unspecified address"),
            Block.of("64:ff9b:1::", 48, "is in the local-use NAT64 range"),
            Block.of("100::", 64, "is in the discard-only range"),
            Block.of("2001::", 32, "is a Teredo tunnel address"),
            Block.of("2001:db8::", 32, "is reserved for documentation"),
            Block.of("fc00::", 7, "is a unique-local address (fc00::/7)"),
            Block.of("fe80::", 10, "is link-local"),
            Block.of("fec0::", 10, "is site-local"),
            Block.of("ff00::", 8, "is multicast"));

    private static final Block IPV6_LOOPBACK = Block.of("::1", 128, LOOPBACK);
    /** Prefixes whose last 32 bits are an IPv4 address. */
    private static final List<Block> CARRY_IPV4_AT_END = List.of(
            Block.of("::ffff:0:0", 96, "IPv4-mapped"),
            Block.of("::", 96, "IPv4-compatible"),
            Block.of("64:ff9b::", 96, "NAT64"));
    private static final Block SIX_TO_FOUR = Block.of("2002::", 16, "6to4");

    private AddressPolicy() {
    }

    /** Why a webhook must not connect to {@code address}, or empty if it may. */
    static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        return refusal(address.getAddress(), allowLoopback);
    }

    private static Optional<String> refusal(byte[] address, boolean allowLoopback) {
        if (address.length == 4) {
            if (IPV4_LOOPBACK.contains(address)) {
                return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK);
            }
            return IPV4.stream().filter(block -> block.contains(address)).map(Block::why).findFirst();
        }
        if (IPV6_LOOPBACK.contains(address)) {
            return allowLoopback ? Optional.empty() : Optional.of(LOOPBACK);
        }
        Optional<String> own = IPV6.stream().filter(block -> block.contains(address)).map(Block::why).findFirst();
        if (own.isPresent()) {
            return own;
        }
        for (Block carrier : CARRY_IPV4_AT_END) {
            if (carrier.contains(address)) {
                return embedded(carrier.why(), Arrays.copyOfRange(address, 12, 16), allowLoopback);
            }
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(SIX_TO_FOUR.why(), Arrays.copyOfRange(address, 2, 6), allowLoopback);
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(String form, byte[] ipv4, boolean allowLoopback) {
        return refusal(ipv4, allowLoopback).map(why -> "carries an IPv4 address (" + form + ") that " + why);
    }
}
