package eu.twinninghub.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {
            "127.0.0.1", "127.255.1.2", "::1",
            "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.0.1",
            "100.64.0.1", "100.127.255.254", "169.254.169.254", "169.254.0.1", "192.0.0.8", "198.18.0.1",
            "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.2.1", "203.0.113.9",
            "::", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "2001:0:4136:e378::1",
            "64:ff9b:1::a00:1", "100::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1", "::127.0.0.1",
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "2002:a00:1::1", "2002:7f00:1::", "2002:a9fe:a9fe::1"})
    void privateLoopbackAndReservedAddressesInEveryFormAreRefused(String address) throws Exception {
        Optional<String> why = AddressPolicy.refusal(InetAddress.getByName(address), false);
        assertTrue(why.isPresent(), address + " should be refused");
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.63.255.255",
            "100.128.0.1", "11.0.0.1", "192.169.0.1", "2a00:1450:4001:81c::200e", "2606:4700::1111",
            "::ffff:93.184.215.14", "64:ff9b::5db8:d70e", "2002:5db8:d70e::1"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertEquals(Optional.empty(), AddressPolicy.refusal(InetAddress.getByName(address), false), address);
    }

    @ParameterizedTest(name = "{0} is allowed only where loopback is")
    @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1", "64:ff9b::7f00:1"})
    void loopbackOnlyWhereAllowed(String address) throws Exception {
        assertEquals(Optional.empty(), AddressPolicy.refusal(InetAddress.getByName(address), true), address);
        assertTrue(AddressPolicy.refusal(InetAddress.getByName(address), false).isPresent(), address);
    }

    @ParameterizedTest(name = "{0} stays refused where loopback is allowed")
    @ValueSource(strings = {"10.0.0.1", "::ffff:10.0.0.1", "169.254.169.254", "fd00::1"})
    void allowingLoopbackAllowsNothingElse(String address) throws Exception {
        assertTrue(AddressPolicy.refusal(InetAddress.getByName(address), true).isPresent(), address);
    }
}
