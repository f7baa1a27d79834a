package revue.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ISO-8601 with offset, with Z, with fraction, with zone id
        "2017-01-20T21:43:00+01:00        | 2017-01-20T20:43:00Z",
        "2017-01-20T21:43:00Z             | 2017-01-20T21:43:00Z",
        "2017-01-20T21:43:00.250+0100     | 2017-01-20T20:43:00.250Z",
        "2017-01-20T21:43+01              | 2017-01-20T20:43:00Z",
        "2017-01-20T21:43:00+01:00[Africa/Tunis] | 2017-01-20T20:43:00Z",
        // ISO without offset: UTC (the zone given)
        "2017-01-20T21:43:00              | 2017-01-20T21:43:00Z",
        "2015-07-21 02:51:37              | 2015-07-21T02:51:37Z",
        "2015-07-21 02:51:37 +0300        | 2015-07-20T23:51:37Z",
        "2020-07-02                       | 2020-07-02T00:00:00Z",
        // RFC 1123 / 822
        "Sun, 18 Feb 2018 21:35:43 +0400  | 2018-02-18T17:35:43Z",
        "Sun, 18 Feb 2018 21:35:43 GMT    | 2018-02-18T21:35:43Z",
        "Mon, 5 Mar 2018 09:00:00 EST     | 2018-03-05T14:00:00Z",
        "18 Feb 2018 21:35 +0000          | 2018-02-18T21:35:00Z",
        // Reuters-21578
        "26-FEB-1987 15:01:01.79          | 1987-02-26T15:01:01.790Z",
        " 3-MAR-1987 09:18:21.26          | 1987-03-03T09:18:21.260Z",
        // what the real corpora hold besides: junk after the date, basic ISO time, broken time
        "27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM | 1987-03-27T00:02:59.130Z",
        "5-APR-1987 01:53:30.5 # date added by hand | 1987-04-05T01:53:30.500Z",
        "31-MAR-1987 605:12:19.12         | 1987-03-31T00:00:00Z",
        "2017-01-22T185600                | 2017-01-22T18:56:00Z",
        "17/05/2015                       | 2015-05-17T00:00:00Z",
        // month names
        "July 2, 2020                     | 2020-07-02T00:00:00Z",
        "Jul 2, 2020 10:30                | 2020-07-02T10:30:00Z",
        "2 July 2020                      | 2020-07-02T00:00:00Z",
        "2 juillet 2020                   | 2020-07-02T00:00:00Z",
        "10 mai 2022 à 14:05              | 2022-05-10T14:05:00Z",
        // numeric
        "2020/07/02                       | 2020-07-02T00:00:00Z",
        "02/07/2020                       | 2020-07-02T00:00:00Z",
        "02.07.2020 08:00                 | 2020-07-02T08:00:00Z",
        "20200702                         | 2020-07-02T00:00:00Z",
        "1593648000                       | 2020-07-02T00:00:00Z",
        "1593648000000                    | 2020-07-02T00:00:00Z",
      })
  void parsesPressDateFormats(String text, String expected) {
    assertEquals(Instant.parse(expected), new DateParser(ZoneOffset.UTC).parse(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2015-07-21 02:51:37              | 2015-07-20T23:51:37Z",
        "2020-07-02                       | 2020-07-01T21:00:00Z",
        "26-FEB-1987 15:01:01.79          | 1987-02-26T12:01:01.790Z",
        // an explicit offset wins over the zone
        "Sun, 18 Feb 2018 21:35:43 +0400  | 2018-02-18T17:35:43Z",
      })
  void zonelessDatesAreReadInTheGivenZone(String text, String expected) {
    assertEquals(Instant.parse(expected), new DateParser(ZoneId.of("Asia/Riyadh")).parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "hier",
        "2020-13-45",
        "31/02/2020",
        "Sun, 18 Foo 2018",
        "n/a",
        "12345",
        "2020-07-02x",
        "Sun, 18 Feb 2018x"
      })
  void unknownTextIsNotADate(String text) {
    assertNull(new DateParser(ZoneOffset.UTC).parse(text));
  }
}
