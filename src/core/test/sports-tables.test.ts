import { describe, expect, it } from 'vitest';
import { mentionTypes } from './mention-types';

// Written for these tests in the layout of a wire service's sports pages (one sentence or row a line).
describe('the tables of a sports report', () => {
  it('reads every side in a results line and a standings row as a club, and the table headings as no names', () => {
    const text = [
      'SOCCER - ENGLISH LEAGUE RESULTS .',
      'Results of league soccer matches on Saturday :',
      'Arsenal 2 West Ham 0',
      'Newcastle 2 Sheffield Wednesday 1',
      'Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :',
      'Liverpool 4 2 1 1 7 4 7',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(
      expect.arrayContaining(['Arsenal/organization', 'West Ham/organization', 'Newcastle/organization', 'Sheffield Wednesday/organization', 'Liverpool/organization']),
    );
    expect(types.filter((t) => /^(SOCCER|Standings)\//.test(t))).toEqual([]);
  });

  it('reads the sides of a cup results line that opens with its venue as clubs, the venue as a place', () => {
    const text = [
      'SOCCER - CUP WINNERS CUP RESULTS .',
      'Results of Cup Winners Cup first round , second leg matches on Thursday :',
      'In Glasgow : Celtic ( Scotland ) 0 Hamburg ( Germany ) 2',
      'In Valencia : Valencia ( Spain ) 3 Bayern Munich ( Germany ) 0',
    ].join('\n');
    expect(mentionTypes(text).filter((t) => !/^(SOCCER|Results|Cup Winners Cup)/.test(t))).toEqual([
      'Glasgow/place', 'Celtic/organization', 'Scotland/place', 'Hamburg/organization', 'Germany/place',
      'Valencia/place', 'Valencia/organization', 'Spain/place', 'Bayern Munich/organization', 'Germany/place',
    ]);
  });

  it('keeps a venue that names a club too a place, and a player with a first name and a country a person', () => {
    const cup = mentionTypes(['SOCCER - CUP RESULTS .', 'At Valencia : Valencia ( Spain ) 3 Bayern Munich ( Germany ) 0'].join('\n'));
    expect(cup.filter((t) => t.startsWith('Valencia/'))).toEqual(['Valencia/place', 'Valencia/organization']);
    const snooker = mentionTypes(['SNOOKER - THAILAND OPEN RESULTS .', "In Bangkok : Stephen Hendry ( Scotland ) 5 Ronnie O'Sullivan ( England ) 3"].join('\n'));
    expect(snooker).toEqual(expect.arrayContaining(['Stephen Hendry/person', "Ronnie O'Sullivan/person"]));
    const clubs = mentionTypes(['SOCCER - CUP RESULTS .', 'In Preston : Preston North End ( England ) 2 Celtic ( Scotland ) 1'].join('\n'));
    expect(clubs).toContain('Preston North End/organization');
  });

  it('reads a club in the table as the club in the prose and headline too, but not where it is the town', () => {
    const text = [
      'SOCCER - BAYERN HELD BY HAMBURG .',
      'BONN 1996-08-25',
      'Bayern Munich were held to a 1-1 draw by Hamburg in the league on Saturday .',
      'Juergen Klinsmann put Bayern ahead in the 20th minute but Hamburg levelled through Karsten Baeron .',
      'Fans celebrated in Hamburg until late .',
      'Results :',
      'Bayern Munich 1 Hamburg 1',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types.filter((t) => /^(Hamburg|HAMBURG|Bayern|BAYERN)\//.test(t))).toEqual([
      'BAYERN/organization',
      'HAMBURG/organization',
      'Hamburg/organization',
      'Bayern/organization',
      'Hamburg/organization',
      'Hamburg/place',
      'Hamburg/organization',
    ]);
  });

  it("reads a league's standings and results by their layout alone, and keeps the league in the headline's label", () => {
    const text = [
      "NBA BASKETBALL - STANDINGS AFTER THURSDAY 'S GAMES .",
      'NEW YORK 1996-12-06',
      'Standings of National Basketball Association teams after games played on Thursday :',
      'W L PCT GB',
      'MIAMI 14 4 .778 -',
      'ORLANDO 8 6 .571 4',
      "Thursday 's results :",
      'Chicago 107 Vancouver 92',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(['NBA/organization', 'NEW YORK/place', 'National Basketball Association/organization', 'MIAMI/organization', 'ORLANDO/organization', 'Chicago/organization', 'Vancouver/organization']);
  });

  it("reads a placing's competitor as a person and the team after the country as a club", () => {
    const text = [
      'MOTOR RACING - BELGIAN GRAND PRIX RESULT .',
      'Result of the Belgian Grand Prix on Sunday :',
      '1. Michael Schumacher ( Germany ) Ferrari 1:28:15.125',
      '2. Jacques Villeneuve ( Canada ) Williams 5.602 seconds behind',
      "Drivers ' championship standings after the race , with points for goals and wins :",
      '1. Damon Hill ( Britain ) 81 points',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(expect.arrayContaining(['Michael Schumacher/person', 'Ferrari/organization', 'Jacques Villeneuve/person', 'Williams/organization', 'Damon Hill/person']));
  });

  it("keeps a headline's label out of the name the tagger read across its dash", () => {
    const text = [
      'RUGBY UNION - BATH BEAT LEICESTER .',
      'Bath beat Leicester 25-20 in the English first division on Saturday , with full back Jon Callard kicking five penalties .',
      'Leicester coach Bob Dwyer said his side had been unlucky .',
    ].join('\n');
    expect(mentionTypes(text).slice(0, 3)).toEqual(['BATH/organization', 'LEICESTER/organization', 'Bath/organization']);
  });

  it('reads a town in the prose of a match report as its club where it plays, but a national side as a place', () => {
    const text =
      'Aston Villa came from behind to beat Newcastle United 2-1. Newcastle had led through a first-half goal. The striker, signed from Feyenoord in the summer, scored late. ' +
      'The defeat leaves Newcastle eighth before the trip to face Sporting. Fans travelled home to Newcastle in the rain.';
    const types = mentionTypes(text);
    expect(types.filter((t) => t.startsWith('Newcastle/'))).toEqual(['Newcastle/organization', 'Newcastle/organization', 'Newcastle/place']);
    expect(types).toContain('Feyenoord/organization');
    expect(mentionTypes('Cricket: Australia beat West Indies by 123 runs. Australia scored 479 and took ten wickets.')).toEqual(expect.arrayContaining(['Australia/place']));
    // A basketball report is a sports report by its own words.
    expect(mentionTypes('Nikola Jokic had 31 points, 14 rebounds and 11 assists. Denver then scored the first six points of overtime.')).toEqual(['Nikola Jokic/person', 'Denver/organization']);
  });

  it('reads a ground as a place', () => {
    const text = [
      'CRICKET - SHEFFIELD SHIELD SCORE .',
      'HOBART , Australia 1996-12-06',
      'Score on the first day of the four-day Sheffield Shield match between Tasmania and Victoria at Bellerive Oval on Friday :',
      'Tasmania 352 for three ( David Boon 106 not out , Shaun Young 86 not out ) v Victoria .',
    ].join('\n');
    expect(mentionTypes(text)).toContain('Bellerive Oval/place');
  });

  it("reads a golf leaderboard's players and one side's scorers as people", () => {
    const golf = [
      'GOLF - ELS LEADS BY ONE .',
      'Leading second-round scores :',
      '135 Ernie Els 68 67',
      '136 Retief Goosen 70 66 , Mark McNulty ( Zimbabwe ) 69 67',
    ].join('\n');
    expect(mentionTypes(golf)).toEqual(expect.arrayContaining(['Ernie Els/person', 'Retief Goosen/person', 'Mark McNulty/person', 'Zimbabwe/place']));
    const cricket = [
      'CRICKET - AUSTRALIA BEAT WEST INDIES .',
      'Australia beat West Indies by 123 runs on the fifth day of the first test at the Gabba on Tuesday .',
      'Scores :',
      'West Indies 277 and 296 ( Chanderpaul 71 , Lara 44 )',
    ].join('\n');
    expect(mentionTypes(cricket)).toEqual(expect.arrayContaining(['Chanderpaul/person', 'Lara/person']));
  });

  it('reads several placings in one line as people', () => {
    const text = [
      'ATHLETICS - JOHNSON WINS IN BERLIN .',
      'Leading results :',
      "Men 's 200 metres : 1. Michael Johnson ( U.S. ) 19.80 2. Frankie Fredericks ( Namibia ) 19.97 3. Ato Boldon ( Trinidad ) 20.10",
    ].join('\n');
    expect(mentionTypes(text)).toEqual(expect.arrayContaining(['Michael Johnson/person', 'Frankie Fredericks/person', 'Ato Boldon/person', 'Trinidad/place']));
  });

  it('reads a draw line\'s players with their countries as people, and a scorer with a particle', () => {
    const draw = [
      'TENNIS - AUSTRALIAN OPEN DRAW .',
      'First round draw for the men \'s singles at the tennis :',
      'Andre Agassi ( U.S. ) v Michael Stich ( Germany )',
      'Jim Courier ( U.S. ) v Marc Rosset ( Switzerland )',
    ].join('\n');
    expect(mentionTypes(draw)).toEqual(expect.arrayContaining(['Jim Courier/person', 'Marc Rosset/person']));
    const cricket = 'CRICKET - SRI LANKA WIN .\nScores :\nSri Lanka 215 for seven ( Jayasuriya 76 , de Silva 51 )';
    expect(mentionTypes(cricket)).toEqual(expect.arrayContaining(['Jayasuriya/person', 'de Silva/person']));
  });

  it('finds a club of the table in the prose where the tagger found no name', () => {
    const text = [
      'SOCCER - CELTIC GO TOP .',
      'Celtic went top of the premier division on Saturday with a 3-1 win over Hibernian .',
      'Paolo Di Canio scored twice for Celtic , whose manager Tommy Burns praised his side .',
      'Results :',
      'Celtic 3 Hibernian 1',
    ].join('\n');
    expect(mentionTypes(text).filter((t) => t.startsWith('Celtic/'))).toEqual(['Celtic/organization', 'Celtic/organization', 'Celtic/organization']);
  });

  it('reads the scorers in brackets as people and leaves the attendance out', () => {
    const text = [
      'Summary of first division soccer matches played on Sunday ( scorers in brackets ) :',
      'PSV Eindhoven 3 ( Nilis 12 , Jonk 45 , Cocu 78 ) Feyenoord 1 ( Cruz 30 ) . Halftime 2-1 . Attendance 29,000',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(['PSV Eindhoven/organization', 'Nilis/person', 'Jonk/person', 'Cocu/person', 'Feyenoord/organization', 'Cruz/person']);
  });

  it('keeps a national side a place and a competitor with a time a person', () => {
    const text = [
      'Results of the athletics meeting and the soccer friendly on Friday :',
      'Japan 2 Syria 1',
      'Donovan Bailey 10 ( Canada ) 9.95',
    ].join('\n');
    expect(mentionTypes(text)).toEqual(expect.arrayContaining(['Japan/place', 'Syria/place']));
    expect(mentionTypes('Results of soccer and tennis on Friday :\nMichael Johnson 19.32 , Ato Boldon 19.80')).not.toContain('Michael Johnson/organization');
  });

  it('splits a cricket scorecard line into its batter, catcher and bowler', () => {
    const text = [
      'CRICKET - ENGLAND V PAKISTAN SCOREBOARD .',
      'Scoreboard on the first day of the final test between England and Pakistan , with two wickets in the first innings :',
      'M. Atherton b Waqar Younis 31',
      'N. Hussain c Saeed Anwar b Waqar Younis 12',
      'G. Thorpe lbw b Mohammad Akram 54',
      'Extras ( lb-8 nb-5 ) 13',
      'Bowling : Wasim Akram 25-8-61-1 , Waqar Younis 20-6-60-2',
    ].join('\n');
    const types = mentionTypes(text);
    expect(types).toEqual(
      expect.arrayContaining(['M. Atherton/person', 'N. Hussain/person', 'Saeed Anwar/person', 'G. Thorpe/person', 'Mohammad Akram/person', 'Wasim Akram/person']),
    );
    expect(types.filter((t) => t.startsWith('Waqar Younis'))).toEqual(['Waqar Younis/person', 'Waqar Younis/person', 'Waqar Younis/person']);
    expect(types.filter((t) => /^(CRICKET|Extras|Bowling)|\bb\//.test(t))).toEqual([]);
  });

  it('reads a competitor with a country in brackets as a person', () => {
    const text = [
      'TENNIS - RESULTS AT CANADIAN OPEN .',
      'TORONTO 1996-08-22',
      'Results from the Canadian Open tennis tournament on Thursday ( prefix number denotes seeding ) :',
      '1 - Monica Seles ( U.S. ) beat Nathalie Tauziat ( France ) 6-4 6-3',
      'Karina Habsudova ( Slovakia ) beat 4 - Arantxa Sanchez Vicario ( Spain ) 6-4 7-5',
      'Results of the soccer matches :',
      'Arsenal 2 West Ham 0',
    ].join('\n');
    expect(mentionTypes(text)).toEqual(expect.arrayContaining(['Karina Habsudova/person', 'Arantxa Sanchez Vicario/person']));
  });

  it('reads no table outside a sports report', () => {
    const text = 'Quarterly results of the banks :\nBarclays 4 Lloyds 3\nShares rose .';
    expect(mentionTypes(text)).not.toContain('Barclays/person');
    expect(mentionTypes('EDUCATION - SCHOOLS REOPEN .\nThe schools in Leeds reopened .')).toContain('Leeds/place');
  });
});
