import { browser } from 'wxt/browser';

/**
 * Chrome refuses a basic notification without an icon. Two linked rings on the badge colour, 96×96 PNG,
 * inline so the notification works even before the extension ships icon files.
 */
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAABgCAYAAADimHc4AAAEvklEQVR42u1dv4sTQRTOHyBca1q52vwBFsFKwhUHsuXBdrYBuxRy/f4BgleY/hCv0MYUhywIxykSRew8romCPzixEUyx7gsvEsbJ3W7mvZnZ5Fv4ICS7LzPvm30z8+bNm1Z++1qrAdgq0SnRK5GW6JcYlNhnDPi7lO/p8DPR1y3GQrVLJCWyEqMSkxLFipiwjIxltkGAHV1W0thB2VUx5v/qbjoBHVbEuQelL8M5l6GzSQQkbBaKyDDisq0tAaknEyNhotJ1ImC3xGkDFG/ilMveWAK2Sxw2UPEmDrkujSKAxuTTNVD+HFOuU/QE0Dj7aI0Ub+JIei4hqfye46SpKZhwXaMioL8BijfRj4WAbAOVP0cWmoCDDVb+HAehCBhC+f8w9E0AWr7QmwCbH7hPwGgn8Oio7jgfCq6GnjQB7Q2ZZElO1tqSBBxBqSu5LUQIgN1X7A+quJSnUKSTF3XbhYBDKFFkPWElAnahPDHsrkLAKRQnurxZi4AUShNHWoeAMRSmEm1RiYAkRAFP7t4o3t67Vbzr35mBPtN3scpdEUkVArwETb3eu1l8ejgofpy8KP78/F4su+g3uofupWdCyRUM/rqUgI52IT4MklnFV73oWZLhS64COpcRoOZqplffRUE2hZFMLbm+XNYmASqBsvSaN+2iMisGBFsJ6Gr84Zfnw0srOv11UXx7+bQ4e/Sg+Li/V7y/vzMDfabv6De6p+4lIZfKrkRC10aAuPn5evxkaeUu3hzPlFFVFt1Lz1x1SculOmiaIbWx/7KW//vzWS0F1XmjXFoslYnK5ulNGJsEtH3YfHrtX+1cV+1LXGw3lY3K6KlPaC8SkEiOdqyt6NljFbm2y3UUQ2XVkGublInbf9uQkFqVllxbi6V7Xf9PS67ZD4jOfmkiY7P5LmbnKrkEm+12nVRpyTVnxXMCJlqt36XDrSqXPmu0Vi25Cwv3rfkmaBHfjm1I6EuubSgp4ePRksvYEvP/2EYoEq2/qlxba5UYuWjJnfuFxAKuTDNBs0zfcs2ZrZS50JJLuhdb/TJdvxIjn7pyzZELPStRBi25pHuRuB9a4DAv8rf4lku/mZfE4ouWXNJ9izONiE+SJOx/Xbk2ey0xedKSS7pvcboXJ0G01Gde5Hn0LZd+My+S4VoOLbmkexAQAQEwQYFNEDrhwJ0whqGBh6GYiAWeiMEVEdgVAWdcYGcc3NGB3dFYkIlgQQZLkoGXJLEoH3hRHmEpgcNSEJgVODALoYkRhCYiODdwcC7C0wOHp2ODRgQbNLBFKfAWJWzSC7xJD9tUI9imio3agTdqI1VBBKkKkKwjcLIOpKuJIF0NEjYFTtiElGURpCxD0r7ASfuQtjKCtJVI3BpB4lakLg6cuhj9gaDdz5G+3o+rOccBDl7h7QAHHGHyP4Y5DvFpVsvPcYxVGJuf4yC3MKOdHEcZik6yojvKEId54jhbda9mI46zxYHOONJcdBmx0Uea2xb6mxBtMV62gN50AhbjjkYRKn5ki9tZRwIWwyAzrYDgGoGymRkuuCkEmKHxmScTNeb/6sZQ91gIMOcSCStp5Di5m7CMjGW2Y6tvjATYsMVmoscdZJ+zvOwzBvxdyvd0+Jno6/YX1MyhhQQRje4AAAAASUVORK5CYII=';

/** The largest icon the manifest declares, else the inline one. */
export function notificationIconUrl(): string {
  const icons = browser.runtime.getManifest().icons ?? {};
  const largest = Object.keys(icons)
    .map(Number)
    .filter((size) => Number.isFinite(size))
    .sort((a, b) => b - a)[0];
  const path = largest === undefined ? undefined : icons[largest];
  return path ? browser.runtime.getURL(path as '/') : FALLBACK_ICON;
}
