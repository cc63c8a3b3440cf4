/** English function words and the everyday words of news writing: never the edge of a topic phrase. */
export const STOP_WORDS = new Set(`
a about above across after afterwards again against all almost alone along already also although always am among amongst an
and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes been before
beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down during
each either else elsewhere enough etc even ever every everyone everything everywhere except few for former formerly from
further had has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in
indeed into is it its itself just last latter least less made make many may me meanwhile might mine more moreover most
mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps please put rather re same see seem
seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein these they this those
though through throughout thus to together too toward towards under until up upon us very via was we well were what
whatever when whence whenever where whereas whereby wherever whether which while who whoever whole whom whose why will with
within without would yet you your yours yourself yourselves said says say told tell tells added adding asked according
would could should will shall also new year years month months week weeks day days monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october november december time times
percent cent billion million trillion thousand hundred two three four five six seven eight nine ten first second third
people like including include includes included get got make makes making take takes took taken give given gave come
came going go goes went want wants wanted need needs needed know known think thought way ways told tell saying says
called call calls later earlier recent recently early late lot lots part parts end ends ended begin began start started
mr ms mrs dr don't didn't doesn't isn't aren't wasn't weren't won't can't it's that's there's he's she's we're they're
i'm i've we've they've you're you've let let's yes use used using many much whether told reporters statement interview
news report reports reported reporting official officials spokesman spokeswoman spokesperson source sources says
`.split(/\s+/).filter(Boolean));
